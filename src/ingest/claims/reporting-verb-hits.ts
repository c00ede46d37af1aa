import type { Span } from '../../domain/mention';
import type { Modality } from '../../domain/modality';
import { ENGLISH_ADVERBS, FRENCH_ADVERBS, REPORTING_VERBS } from './reporting-verbs';
import type { SentenceView } from './sentence-view';

export interface VerbHit {
  readonly span: Span;
  readonly modality: Modality;
  readonly relay: boolean;
  /** "saying", "en affirmant": the subject is the clause's, however far. */
  readonly gerund: boolean;
}

/** A bare verb form after a determiner is a noun ("l'annonce américaine", "le rapport"). */
const DETERMINER_BEFORE =
  /(?<!\p{L})(?:l'|la|le|les|une|un|des|cette|ce|son|sa|ses|leur|leurs|du|the|a|an|this|its)\s*$/u;
const AUXILIARY = /^(?:a|ont|avait|avaient|aurait|auraient|has|have|had)(?!\p{L})/u;

const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

/** One expression per verb group; auxiliaries, adverbs and inversions ("a-t-il déclaré") included. */
const PATTERNS = REPORTING_VERBS.map((verb) => {
  const fr =
    `(?:(?:a|ont|avait|avaient|aurait|auraient)(?:\\s+(?:${alternatives(FRENCH_ADVERBS)}))?\\s+)?` +
    `(?:${alternatives([...verb.fr.participles, ...verb.fr.present])})(?:-t-(?:il|elle)|-(?:ils|elles))?`;
  const frInverted = `(?:a|ont)-t?-?(?:il|elle|ils|elles)\\s+(?:${alternatives(verb.fr.participles)})`;
  const en = `(?:(?:has|have|had)\\s+)?(?:(?:${alternatives(ENGLISH_ADVERBS)})\\s+)?(?:${alternatives(verb.en)})`;
  return {
    verb,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${frInverted}|${fr}|${en})(?![\\p{L}\\p{N}])`, 'gu'),
  };
});

/** Every reporting verb of the sentence, in text order. */
export function reportingVerbHits(view: SentenceView): VerbHit[] {
  const offset = view.sentence.span.start;
  const hits: VerbHit[] = [];
  for (const { verb, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of view.folded.matchAll(pattern)) {
      const before = view.folded.slice(Math.max(0, match.index - 12), match.index);
      if (!AUXILIARY.test(match[0]) && DETERMINER_BEFORE.test(before)) continue;
      // "United States": a capitalised word inside a sentence is a name, not a verb.
      if (match.index > 0 && /^\p{Lu}/u.test(view.text.charAt(match.index))) continue;
      hits.push({
        span: { start: offset + match.index, end: offset + match.index + match[0].length },
        modality: verb.modality,
        relay: verb.relay,
        gerund: /^(?:en\s|saying$)/u.test(match[0]),
      });
    }
  }
  return hits
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    .filter((hit, i, all) => i === 0 || hit.span.start >= all[i - 1]!.span.end);
}
