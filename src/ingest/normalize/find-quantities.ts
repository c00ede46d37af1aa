import type { Span } from '../../domain/mention';
import { foldForMatch } from '../text/fold-for-match';
import { COLLECTIVE_NUMBERS, NUMBER_WORDS, PLURAL_COLLECTIVES } from '../mentions/number-words';
import { parseNumber } from './parse-number';

/** A quantity phrase: bounds, and where it stands. `unit` is filled in by the noun it counts. */
export interface QuantityPhrase {
  readonly span: Span;
  readonly min: number | null;
  readonly max: number | null;
}

const WORDS = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
const COLLECTIVES = [...COLLECTIVE_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|');
const DIGITS = String.raw`\d{1,3}(?:[\u0020\u00a0\u202f.,]\d{3})+|\d+(?:[.,]\d+)?`;
const SCALE_WORDS = String.raw`cents?|hundred|hundert|mille|thousand|tausend|mil|millions?|millionen|millon|millones|milliards?|billions?`;
const NUMBER = String.raw`(?:${DIGITS}|(?:${WORDS})(?:-(?:et-)?(?:${WORDS}))*)(?:\s+(?:${SCALE_WORDS})(?!\p{L}))*`;
const AT_LEAST = String.raw`au moins|at least|plus de|more than|over|upwards of|pas moins de|mehr als|mindestens|uber|mas de|al menos|por lo menos`;
const AT_MOST = String.raw`jusqu'a|up to|as many as|pas plus de|no more than|at most|moins de|fewer than|less than|bis zu|hochstens|weniger als|hasta|menos de`;
/** The space after an article, with any quotation mark: une « vingtaine ». */
const QUOTED = String.raw`\s+(?:["«»“”„]\s*)?`;
/** "medio centenar", "half a dozen", "une demi-douzaine", "ein halbes Dutzend": half the collective. */
const HALF = String.raw`medio|media|half an?|demi|ein halbes|eine halbe`;
const ABOUT = String.raw`environ|about|around|approximately|nearly|pres de|quelque|some|roughly|almost|presque|etwa|rund|ungefahr|knapp|circa|rund|unos|unas|alrededor de|cerca de|aproximadamente|casi`;

// A hyphen makes a range only after digits ("10-12"): between number words it joins one number
// ("dix-sept", "quatre-vingts").
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?:(?<group>un|une|una|des|quelques|plusieurs|several|a few|a|many|mehrere|einige|viele|varios|varias|unos|unas|muchos)${QUOTED})?(?:(?<half>${HALF})[\s-]*)?(?<collective>${COLLECTIVES})` +
    String.raw`|(?:entre|between|de|from|zwischen)?\s*(?<low>${NUMBER})\s*(?:a|(?<=\d)\s*-|to|et|and|und|bis|y)\s*(?<high>${NUMBER})` +
    String.raw`|(?<several>several|plusieurs|quelques|mehrere|mehreren|einige|einigen|varios|varias)\s+(?<scale>dozen|hundred|thousand|cents|mille|dutzend|hundert|tausend|docenas|cientos|centenares|miles|mil)` +
    String.raw`|(?<bound>${AT_LEAST}|${AT_MOST}|${ABOUT})?\s*(?<one>${NUMBER})` +
    String.raw`)(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * Every quantity in a text: ranges ("10 000 à 12 000", "between 10,000 and
 * 12,000"), bounds ("au moins trente": min 30; "up to 500": max 500),
 * approximations ("environ 200", "un millier": 1,000) and open collectives
 * ("des milliers": at least 1,000). Spans are shifted by `offset`.
 */
export function findQuantities(text: string, offset: number): QuantityPhrase[] {
  const folded = foldForMatch(text);
  const found: QuantityPhrase[] = [];
  for (const match of folded.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    const span = {
      start: offset + match.index + (match[0].length - match[0].trimStart().length),
      end: offset + match.index + match[0].length,
    };
    const phrase = toPhrase(groups, span);
    if (phrase) found.push(phrase);
  }
  return found;
}

function toPhrase(groups: Record<string, string | undefined>, span: Span): QuantityPhrase | null {
  if (groups['low'] && groups['high']) {
    const min = parseNumber(groups['low']);
    const max = parseNumber(groups['high']);
    if (min === null || max === null) return null;
    // "treinta y cinco", "vingt et un": tens and a unit joined by "and" are one number, no range.
    if (min >= 20 && min % 10 === 0 && max < 10) return { span, min: min + max, max: min + max };
    return min <= max ? { span, min, max } : null;
  }
  if (groups['one']) {
    const value = parseNumber(groups['one']);
    if (value === null) return null;
    const bound = groups['bound']?.trim() ?? '';
    if (new RegExp(`^(?:${AT_LEAST})$`, 'u').test(bound)) return { span, min: value, max: null };
    if (new RegExp(`^(?:${AT_MOST})$`, 'u').test(bound)) return { span, min: null, max: value };
    return { span, min: value, max: value };
  }
  if (groups['collective']) {
    const value = COLLECTIVE_NUMBERS.get(groups['collective'])!;
    if (groups['half']) return { span, min: value / 2, max: value / 2 };
    // "des centaines", "several dozen" count several; "une centaine", "un centenar" one.
    const group = groups['group']?.trim() ?? '';
    const many =
      PLURAL_COLLECTIVES.has(groups['collective']) || !/^(?:un|une|una|a|)$/u.test(group);
    return many ? { span, ...several(value) } : { span, min: value, max: value };
  }
  if (groups['several'] && groups['scale']) {
    const scale = groups['scale'];
    const value = /^(?:dozen|dutzend|docenas)$/u.test(scale)
      ? 12
      : /^(?:hundred|cents|hundert|cientos|centenares)$/u.test(scale)
        ? 100
        : 1000;
    return { span, ...several(value) };
  }
  return null;
}

/**
 * "des milliers", "several hundred", "Dutzende": at least two of the unit, and fewer than the next
 * word up would count ("hundreds" are fewer than a thousand, "dozens" fewer than a hundred).
 */
function several(unit: number): { min: number; max: number | null } {
  const next = unit === 12 ? 100 : unit >= 1_000_000_000 ? null : unit * 10;
  return { min: 2 * unit, max: next === null ? null : next - 1 };
}
