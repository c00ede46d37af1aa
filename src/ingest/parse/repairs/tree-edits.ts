/** Rewrites of a parse tree that several repairs share. */

import type { AnalysisSentence, Dependency } from '../../nlp/analysis';
import { foldForMatch } from '../../text/fold-for-match';

/** A token's word, folded for matching against stems (empty past either end of the sentence). */
export function foldedWord(sentence: AnalysisSentence, index: number): string {
  return foldForMatch(sentence.tokens[index - 1]?.word ?? '');
}

/** Each token's own arc (the one that hangs it on its head), by the token's index. */
export function arcsByDependent(dependencies: readonly Dependency[]): Map<number, Dependency> {
  return new Map(dependencies.map((d) => [d.dependent, d]));
}

/** The sentence with each arc of `rewritten` replaced by its rewrite (itself when there is none). */
export function withRewrittenArcs(
  sentence: AnalysisSentence,
  rewritten: ReadonlyMap<Dependency, Dependency>,
): AnalysisSentence {
  if (rewritten.size === 0) return sentence;
  return { ...sentence, dependencies: sentence.dependencies.map((d) => rewritten.get(d) ?? d) };
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
