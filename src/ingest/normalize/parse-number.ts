import { COLLECTIVE_NUMBERS, NUMBER_WORDS } from '../mentions/number-words';

/** Words that multiply the number before them: "deux cents", "two hundred", "dos mil", "drei Millionen". */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['cent', 100],
  ['cents', 100],
  ['hundred', 100],
  ['hundert', 100],
  ['mille', 1_000],
  ['thousand', 1_000],
  ['tausend', 1_000],
  ['mil', 1_000],
  ['million', 1_000_000],
  ['millions', 1_000_000],
  ['millionen', 1_000_000],
  ['millon', 1_000_000],
  ['millones', 1_000_000],
  ['milliard', 1_000_000_000],
  ['milliards', 1_000_000_000],
  ['billion', 1_000_000_000],
  ['billions', 1_000_000_000],
]);

/**
 * The value of a written number: digits with either language's separators
 * ("10 000", "12,000", "1,5", "1.5"), a number word ("trois", "thirty"), a
 * hyphenated compound ("vingt-cinq", "quatre-vingts"), each optionally scaled ("2 millions",
 * "dix mille", "trois cent mille"). Null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  const words = text
    .trim()
    .toLowerCase()
    .split(/\s+(?=\p{L})/u);
  const [head = '', ...rest] = words;
  // "trois cent mille": each scale multiplies what comes before it.
  let scale = 1;
  for (const word of rest) {
    const factor = SCALES.get(word);
    if (factor === undefined) return null;
    scale *= factor;
  }
  const base = digits(head) ?? spelled(head);
  return base === null ? null : base * scale;
}

function digits(text: string): number | null {
  if (/^\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})+$/u.test(text))
    return Number(text.replace(/[^\d]/gu, ''));
  if (/^\d+(?:[.,]\d+)?$/u.test(text)) return Number(text.replace(',', '.'));
  return null;
}

function spelled(text: string): number | null {
  const parts = text.split('-').filter((p) => p !== 'et' && p !== 'and');
  let total = 0;
  for (const part of parts) {
    const value = NUMBER_WORDS.get(part) ?? COLLECTIVE_NUMBERS.get(part);
    if (value === undefined) return null;
    // "deux-cents" multiplies; so does "vingt" after "quatre" ("quatre-vingt-dix" is 90).
    total =
      (value === 100 && total > 0) || (value === 20 && total === 4) ? total * value : total + value;
  }
  return parts.length > 0 ? total : null;
}
