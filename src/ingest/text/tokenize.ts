import { foldForMatch } from '../../domain/fold-for-match';

/** A run of letters and digits, with its offsets in the text it was cut from. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly raw: string;
  /** Case- and accent-folded, same length as `raw`. */
  readonly folded: string;
  /** What stands between the previous token and this one ("" for the first). */
  readonly gap: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Cuts text into word tokens. Hyphens and apostrophes separate tokens, so
 * "Maison-Blanche" and "Maison Blanche", or "l’Ukraine" and "l'Ukraine",
 * give the same folded tokens. `offset` shifts spans when `text` is a slice.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const folded = foldForMatch(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({
      start: start + offset,
      end: end + offset,
      raw: match[0],
      folded: folded.slice(start, end),
      gap: text.slice(previousEnd, start),
    });
    previousEnd = end;
  }
  return tokens;
}

/** The key a phrase is looked up by: folded tokens joined by one space, as the stores index names. */
export { nameKey as phraseKey } from '../../domain/name-key';
