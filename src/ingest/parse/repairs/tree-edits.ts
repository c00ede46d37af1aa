/** Rewrites of a parse tree that several repairs share. */

import type { AnalysisSentence } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';

/** A token's word, folded for matching against stems (empty past either end of the sentence). */
export function foldedWord(sentence: AnalysisSentence, index: number): string {
  return foldForMatch(sentence.tokens[index - 1]?.word ?? '');
}

/** The sentence with each token of `heads` hung on its new head, under `rel` when one is given. */
export function reheaded(
  sentence: AnalysisSentence,
  heads: ReadonlyMap<number, number>,
  rel?: string,
): AnalysisSentence {
  if (heads.size === 0) return sentence;
  return {
    ...sentence,
    dependencies: sentence.dependencies.map((d) => {
      const head = heads.get(d.dependent);
      if (head === undefined) return d;
      return rel === undefined ? { ...d, head } : { ...d, head, rel };
    }),
  };
}
