import type { Span } from '../../domain/mention';
import { ROLE_NOUNS } from '../mentions/word-lists';
import type { SentenceView } from './sentence-view';
import { foldedSlice } from './sentence-view';

const ROLE_START = new RegExp(
  `^,\\s*(?:(?:le|la|l'|the|a|an|un|une|son|sa|its|his|her|ancien|ancienne|former|deputy|chief|nouveau|nouvelle|new)\\s*)*(?:[\\p{L}'’-]+\\s+){0,4}?(?:${ROLE_NOUNS.map(
    (r) => r.replace(/-/g, '[-\\s]?').replace(/ /g, '\\s+'),
  ).join('|')}|qui dirige|who heads|who leads|qui est a la tete|a la tete)(?!\\p{L})`,
  'u',
);

/**
 * Appositions after a name, commas included: ", porte-parole du Pentagone,"
 * after "Pat Ryder"; ", ministère américain de la Défense," after "le
 * Pentagone" (another name of the same entity). They describe the name
 * before them: the frame reader looks past them for the verb's subject, and
 * the role rules read them.
 */
/** ", qui a déployé des instructeurs au Mali," ", which...,": a relative clause between commas. */
const RELATIVE = /^,\s*(?:qui|who|which|dont|lequel|laquelle)(?!\p{L})/u;

export function appositions(view: SentenceView): Span[] {
  const end = view.sentence.span.end;
  const top = view.mentions.filter((m) => !m.nested);
  const found: Span[] = [];
  for (const [index, mention] of top.entries()) {
    const after = foldedSlice(view, { start: mention.span.end, end });
    if (!after.startsWith(',')) continue;
    const next = top[index + 1];
    const closing = after.indexOf(',', 1);
    const stop = closing < 0 ? end : mention.span.end + closing + 1;
    const sameEntity =
      next !== undefined &&
      next.entity.id === mention.entity.id &&
      /^,\s*(?:\p{L}+\s*){0,2}$/u.test(
        foldedSlice(view, { start: mention.span.end, end: next.span.start }),
      );
    if (ROLE_START.test(after) || sameEntity || (RELATIVE.test(after) && closing > 0)) {
      found.push({ start: mention.span.end, end: stop });
    }
  }
  return found;
}
