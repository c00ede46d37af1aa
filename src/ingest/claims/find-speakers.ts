import type { Span } from '../../domain/mention';
import type { LinkedMention } from '../linked-mention';
import type { SentenceView } from './sentence-view';
import { foldedSlice } from './sentence-view';

const SPEAKER_KINDS = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY', 'ARMED_FORCE']);

/** Between a subject and its verb: nothing much ("la Maison-Blanche a réagi en affirmant"). */
const SUBJECT_GAP = /^[\s,]*(?:[\p{Ll}'-]+\s+){0,5}[\s]*$/u;
/** Between two coordinated speakers: "X et le Y", "X (GUR) and the Y", "X, Y". */
const COORDINATION =
  /^[\s,()]*(?:(?:et|and|ainsi que|as well as)\s+)?(?:(?:le|la|les|l'|the)\s*)?$/u;
/** Between an inverted verb and its subject: "a déclaré John Kirby", "said Maj. Gen. Pat Ryder". */
const INVERTED_GAP = /^\s*(?:(?:le|la|les|l'|un|une|des|the|a|an|\p{Lu}\p{L}*\.?)\s*){0,3}$/u;
/** Between a name and its complement: "(GUR) du ministère", "Council of the White House". */
const OF_CHAIN = /^\s*\)?\s*(?:de la|du|des|de l'|d'|de|of the|of)\s*$/u;
/** A name after a preposition is its object, never the verb's subject ("publié sur Telegram, les services... ont déclaré"). */
const PREPOSITION_BEFORE =
  /(?<!\p{L})(?:sur|dans|en|a|au|aux|par|de|du|des|d'|pour|avec|chez|in|on|at|by|from|with|for|of|to)\s*(?:(?:le|la|les|l'|the)\s*)?$/u;
/** The verb follows a quote or a comma: the subject comes after it ("», a déclaré X"). */
const AFTER_QUOTE = /[,»”"]\s*$/u;

/**
 * The subject of a reporting verb: the mentions right before it (through
 * appositions and coordinations: "le GUR et le Pentagone, ministère
 * américain de la Défense, ont confirmé"), or right after it when inverted
 * ("», a déclaré M. Kirby", "said Pat Ryder", "selon l'AP"). Returns the
 * mentions and the span the whole frame covers.
 */
export function findSpeakers(
  view: SentenceView,
  verb: Span,
  apposed: readonly Span[],
  side: 'auto' | 'according' = 'auto',
): { mentions: LinkedMention[]; frame: Span } {
  const top = view.mentions.filter((m) => !m.nested && SPEAKER_KINDS.has(m.entity.kind));
  // Appositions end with a comma too ("John Kirby, spokesman for the NSC, said"): they do not make the verb postposed.
  const textBefore = withoutAppositions(
    view,
    { start: view.sentence.span.start, end: verb.start },
    apposed,
  );
  if (side === 'auto' && !AFTER_QUOTE.test(textBefore)) {
    const before = speakersBefore(view, verb, top, apposed);
    if (before.length > 0)
      return {
        mentions: before,
        frame: { start: before[before.length - 1]!.span.start, end: verb.end },
      };
  }
  const after = speakersAfter(view, verb, top, side === 'according');
  if (after.length > 0)
    return {
      mentions: after,
      frame: { start: verb.start, end: after[after.length - 1]!.span.end },
    };
  if (side === 'auto' && AFTER_QUOTE.test(textBefore)) {
    const before = speakersBefore(view, verb, top, apposed);
    if (before.length > 0)
      return {
        mentions: before,
        frame: { start: before[before.length - 1]!.span.start, end: verb.end },
      };
  }
  return { mentions: [], frame: verb };
}

function withoutAppositions(view: SentenceView, span: Span, apposed: readonly Span[]): string {
  let text = '';
  let at = span.start;
  for (const a of apposed.filter((x) => x.start >= span.start && x.end <= span.end)) {
    text += foldedSlice(view, { start: at, end: a.start });
    at = a.end;
  }
  return text + foldedSlice(view, { start: at, end: span.end });
}

function speakersBefore(
  view: SentenceView,
  verb: Span,
  top: readonly LinkedMention[],
  apposed: readonly Span[],
): LinkedMention[] {
  const found: LinkedMention[] = [];
  let boundary = verb.start;
  const candidates = top
    .filter(
      (m) =>
        m.span.end <= verb.start &&
        !apposed.some((a) => a.start <= m.span.start && m.span.end <= a.end),
    )
    .reverse();
  for (let index = 0; index < candidates.length; index += 1) {
    let mention = candidates[index]!;
    const gap = withoutAppositions(view, { start: mention.span.end, end: boundary }, apposed);
    const fits = found.length === 0 ? SUBJECT_GAP.test(gap) : COORDINATION.test(gap);
    if (!fits) break;
    // "la Direction principale du renseignement (GUR) du ministère ukrainien de la Défense a affirmé":
    // a complement ("du ministère...") hangs on the name before it, which is the subject.
    while (
      candidates[index + 1] &&
      OF_CHAIN.test(
        foldedSlice(view, { start: candidates[index + 1]!.span.end, end: mention.span.start }),
      )
    ) {
      index += 1;
      mention = candidates[index]!;
    }
    const before = foldedSlice(view, {
      start: Math.max(view.sentence.span.start, mention.span.start - 16),
      end: mention.span.start,
    });
    if (PREPOSITION_BEFORE.test(before)) break;
    found.push(mention);
    boundary = mention.span.start;
  }
  return found;
}

/** "according to an analysis of satellite images by the Open Source Centre": the source after "by". */
const SOURCE_GAP =
  /^\s*(?:an?|the|une?|des?|la|le|l')\s+(?:[\p{L}'-]+\s+){0,6}(?:by|par|from|de|du|des|of)\s+(?:(?:the|le|la|les|l')\s*)?$/u;
/** "selon l'agence Associated Press", "according to the news agency Yonhap". */
const SOURCE_NOUN =
  /^\s*(?:(?:le|la|les|l'|the|a|an)\s*)?(?:agence de presse|agence|agency|news agency|journal|quotidien|newspaper|chaine|broadcaster|site)\s+$/u;

function speakersAfter(
  view: SentenceView,
  verb: Span,
  top: readonly LinkedMention[],
  according: boolean,
): LinkedMention[] {
  const found: LinkedMention[] = [];
  let boundary = verb.end;
  for (const mention of top.filter((m) => m.span.start >= verb.end)) {
    const gap = foldedSlice(view, { start: boundary, end: mention.span.start });
    const first =
      INVERTED_GAP.test(textOf(view, boundary, mention.span.start)) ||
      (according && (SOURCE_GAP.test(gap) || SOURCE_NOUN.test(gap)));
    const fits = found.length === 0 ? first : COORDINATION.test(gap);
    if (!fits) break;
    found.push(mention);
    boundary = mention.span.end;
  }
  return found;
}

function textOf(view: SentenceView, start: number, end: number): string {
  const offset = view.sentence.span.start;
  return view.text.slice(start - offset, end - offset);
}
