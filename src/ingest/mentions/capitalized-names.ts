import type { Span } from '../../domain/mention';
import type { Token } from '../text/tokenize';
import type { FoundMention } from './found-mention';
import { overlaps } from './found-mention';
import type { NameRun } from './guess-kind';
import { guessKind, isTitle } from './guess-kind';
import type { TokenizedSentence } from './sentence-tokens';
import { FUNCTION_WORDS, NAME_CONNECTORS, NEVER_NAMES } from './word-lists';

/** Between two words of one name: a space, a hyphen, an apostrophe, or an initial's period. */
const NAME_GAP = /^(?:\s|\.\s|-|['’])$/u;

function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw);
}

/**
 * Runs of capitalised words that no gazetteer or pattern has taken: the
 * unknown names of the text ("Pat Ryder", "Rufus Firefly", "Marsh
 * Province"). Titles before a name are dropped from it but mark it a person
 * ("Maj. Gen. Pat Ryder", "M. Peskov"); function words capitalised at a
 * sentence start are not names.
 */
export function capitalizedNames(
  text: string,
  sentence: TokenizedSentence,
  taken: readonly Span[],
  personAt: (offset: number) => boolean = () => false,
): FoundMention[] {
  const { tokens } = sentence;
  const free = (t: Token) => !taken.some((span) => overlaps(span, t));
  const found: FoundMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!isCapitalized(token) || !free(token)) {
      index += 1;
      continue;
    }
    if (NEVER_NAMES.has(token.folded)) {
      index += 1;
      continue;
    }
    const run = extendRun(tokens, index, free);
    index = run.end + 1;
    const name = trimRun(tokens, run.start, run.end);
    if (!name) continue;
    const first = tokens[name.first]!;
    const last = tokens[name.last]!;
    // "Defense Secretary Lloyd Austin", "Secretary of State Antony Blinken": a title phrase before a known person.
    const next = tokens[run.end + 1];
    if (next && /^\.?\s$/u.test(next.gap) && personAt(next.start)) continue;
    const surface = text.slice(first.start, last.end);
    found.push({
      span: { start: first.start, end: last.end },
      surface,
      sentence: sentence.index,
      source: 'name',
      entries: [],
      guess: guessKind(tokens, name, surface),
      nested: false,
      personnel: false,
      acronymOf: null,
    });
  }
  return found;
}

function extendRun(
  tokens: readonly Token[],
  start: number,
  free: (t: Token) => boolean,
): { start: number; end: number } {
  let end = start;
  for (let next = start + 1; next < tokens.length; next += 1) {
    const token = tokens[next]!;
    if (!free(token) || !NAME_GAP.test(token.gap) || NEVER_NAMES.has(token.folded)) break;
    // "Cho Tae-yul", "Kim Jong-un": a lower-case part after a hyphen still belongs to the name.
    if (isCapitalized(token) || (token.gap === '-' && /^\p{Ll}/u.test(token.raw))) {
      end = next;
      continue;
    }
    if (!NAME_CONNECTORS.has(token.folded)) break;
  }
  return { start, end };
}

/**
 * Drops titles and, at a sentence start, capitalised function words from the
 * front; a title inside the run ends what comes before it ("Defence Minister
 * No Kwang Chol" is "No Kwang Chol"). Null when nothing is left.
 */
function trimRun(tokens: readonly Token[], start: number, end: number): NameRun | null {
  let first = start;
  let titled = start > 0 && isTitle(tokens[start - 1]!);
  const opensSentence = (index: number) => index === 0 || /[«“"(:]/u.test(tokens[index]!.gap);
  for (let index = end - 1; index >= start; index -= 1) {
    if (isTitle(tokens[index]!) && /^\p{Lu}/u.test(tokens[index + 1]!.raw)) {
      first = index + 1;
      titled = true;
      break;
    }
  }
  while (first <= end) {
    const token = tokens[first]!;
    if (isTitle(token)) {
      // A run of titles alone ("Maj. Gen." before a known name) names no one.
      if (first === end) return null;
      titled = true;
      first += 1;
      continue;
    }
    const functionWord = FUNCTION_WORDS.has(token.folded) && opensSentence(first);
    if (functionWord || NAME_CONNECTORS.has(token.folded)) {
      first += 1;
      continue;
    }
    break;
  }
  if (first > end) return null;
  if (/^\p{N}/u.test(tokens[first]!.raw)) return null;
  return { first, last: end, titled };
}
