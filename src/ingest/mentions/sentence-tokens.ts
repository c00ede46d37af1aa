import type { Sentence } from '../split-sentences';
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';

/** A sentence with its tokens, the unit every mention pattern works on. */
export interface TokenizedSentence {
  readonly index: number;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
}

export function tokenizeSentences(sentences: readonly Sentence[]): TokenizedSentence[] {
  return sentences.map((sentence, index) => ({
    index,
    sentence,
    tokens: tokenize(sentence.text, sentence.span.start),
  }));
}
