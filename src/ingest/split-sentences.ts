import type { Span } from '../domain/mention';

export interface Sentence {
  readonly text: string;
  readonly span: Span;
}

/** Words after which a period does not end a sentence ("M. Kirby", "Maj. Gen. Ryder"). */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'st',
  'ste',
  'mr',
  'mrs',
  'ms',
  'gen',
  'maj',
  'col',
  'lt',
  'capt',
  'cpt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'cf',
  'p',
  'av',
  'bd',
  'u.s',
  'e.g',
  'i.e',
]);

const segmenterCache = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let cached = segmenterCache.get(language);
  if (!cached) {
    cached = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenterCache.set(language, cached);
  }
  return cached;
}

function endsWithAbbreviation(text: string): boolean {
  const match = /(?:^|[\s(«"“])([\p{L}.]+)\.\s*$/u.exec(text);
  if (!match?.[1]) return false;
  const word = match[1].toLowerCase();
  // A single capital letter is an initial ("John F. Kennedy").
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(match[1]);
}

/**
 * Splits text into sentences with character offsets. Built on Intl.Segmenter,
 * repaired where it fails on news text (stack facts): it breaks after
 * abbreviations such as "M." and leaves a closing "»" at the start of the
 * next sentence. Leading and trailing white space is trimmed off each span.
 */
export function splitSentences(text: string, language = 'fr'): Sentence[] {
  const raw: Span[] = [];
  for (const segment of segmenter(language).segment(text)) {
    raw.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    const chunk = text.slice(span.start, span.end);
    const startsWithCloser = /^\s*[»”"')\]]/u.test(chunk);
    if (
      previous &&
      (startsWithCloser || endsWithAbbreviation(text.slice(previous.start, previous.end)))
    ) {
      if (startsWithCloser && !endsWithAbbreviation(text.slice(previous.start, previous.end))) {
        // Move the closing quote back onto the sentence it closes.
        const closer = /^\s*[»”"')\]]+/u.exec(chunk)?.[0].length ?? 0;
        merged[merged.length - 1] = { start: previous.start, end: span.start + closer };
        if (span.start + closer < span.end)
          merged.push({ start: span.start + closer, end: span.end });
        continue;
      }
      merged[merged.length - 1] = { start: previous.start, end: span.end };
      continue;
    }
    merged.push(span);
  }
  return merged.map(trim(text)).filter((sentence) => sentence.text.length > 0);
}

function trim(text: string): (span: Span) => Sentence {
  return (span) => {
    let { start, end } = span;
    while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
    return { text: text.slice(start, end), span: { start, end } };
  };
}

/** The sentence holding the offset, or a span of the whole line when none does. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.span.start <= offset && offset < s.span.end);
}
