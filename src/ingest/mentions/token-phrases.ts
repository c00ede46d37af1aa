import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';

/** Folded token sequences of phrases, for matching against a sentence's tokens. */
export function phraseTokens(phrases: readonly string[]): (readonly string[])[] {
  return phrases
    .map((phrase) => tokenize(phrase).map((t) => t.folded))
    .sort((a, b) => b.length - a.length);
}

/** Length (in tokens) of the longest phrase starting at `at`, or 0. */
export function phraseAt(
  tokens: readonly Token[],
  at: number,
  phrases: readonly (readonly string[])[],
): number {
  for (const phrase of phrases) {
    if (phrase.every((word, i) => tokens[at + i]?.folded === word)) return phrase.length;
  }
  return 0;
}

/** Length of the longest phrase ending at token `end` (inclusive), or 0. */
export function phraseEndingAt(
  tokens: readonly Token[],
  end: number,
  phrases: readonly (readonly string[])[],
): number {
  for (const phrase of phrases) {
    const at = end - phrase.length + 1;
    if (at >= 0 && phrase.every((word, i) => tokens[at + i]?.folded === word)) return phrase.length;
  }
  return 0;
}
