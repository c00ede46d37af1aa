import { foldForMatch } from './fold-for-match';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * How many words of a name the stores index it by. An article's phrases of
 * up to this many words find every name that can match in it: a longer
 * name by its beginning, the rest checked by the gazetteer.
 */
export const NAME_HEAD_WORDS = 4;

/**
 * The words of a text as the gazetteer matches them: runs of letters and
 * digits, case- and accent-folded (`foldForMatch`). Hyphens, apostrophes
 * and spaces only separate words, so "Maison-Blanche" and "Maison Blanche"
 * have the same words.
 */
export function nameWords(text: string): string[] {
  const folded = foldForMatch(text);
  return [...text.matchAll(WORD)].map((m) => folded.slice(m.index, m.index + m[0].length));
}

/** The key a name is matched by: its words joined by one space; "" for a name with no word. */
export function nameKey(text: string): string {
  return nameWords(text).join(' ');
}

/** The key a store indexes a name by: its first NAME_HEAD_WORDS words; "" for a name with no word. */
export function nameHead(text: string): string {
  return nameWords(text).slice(0, NAME_HEAD_WORDS).join(' ');
}
