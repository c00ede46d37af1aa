import type { Accuracy } from './article-score';
import type { ExpectedFact } from './real-article';

/** What a real article, or a group of them, scores: counts that add up across articles. */
export interface RealCounts {
  readonly facts: number;
  /** Facts some claim states (subject, predicate, object). */
  readonly found: number;
  /** Over found facts: the best claim's modality is the fact's. */
  readonly modality: Accuracy;
  /** Over found facts: the best claim's attributedTo is one of the fact's speakers, or both are empty. */
  readonly speaker: Accuracy;
  /** Over found facts with a quantity: the best claim's min and max are the fact's. */
  readonly quantity: Accuracy;
  readonly claims: number;
  readonly correct: number;
  readonly wrong: number;
  readonly unjudged: number;
}

/** A produced claim in words, for a person to read and judge. */
export interface ClaimView {
  readonly key: string;
  readonly article: string;
  readonly sentence: string;
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly item: string | null;
  readonly modality: string;
  readonly speaker: string | null;
  readonly reportedBy: string | null;
}

export interface RealArticleScore extends RealCounts {
  readonly name: string;
  readonly language: string;
  readonly split: string;
  readonly topic: string;
  readonly missedFacts: readonly ExpectedFact[];
  /** Found facts whose best claim got the modality, speaker or quantity wrong, in words. */
  readonly inexactFacts: readonly string[];
  readonly wrongClaims: readonly ClaimView[];
  readonly unjudgedClaims: readonly ClaimView[];
  /** Kept judgements of this article that no claim has now: the claim went, or its key changed. */
  readonly unusedJudgements: readonly string[];
}

export function sumCounts(counts: readonly RealCounts[]): RealCounts {
  const add = (pick: (c: RealCounts) => number) => counts.reduce((n, c) => n + pick(c), 0);
  const acc = (pick: (c: RealCounts) => Accuracy): Accuracy => ({
    correct: add((c) => pick(c).correct),
    total: add((c) => pick(c).total),
  });
  return {
    facts: add((c) => c.facts),
    found: add((c) => c.found),
    modality: acc((c) => c.modality),
    speaker: acc((c) => c.speaker),
    quantity: acc((c) => c.quantity),
    claims: add((c) => c.claims),
    correct: add((c) => c.correct),
    wrong: add((c) => c.wrong),
    unjudged: add((c) => c.unjudged),
  };
}

/** found / facts; null when there is no fact. */
export function factRecall(counts: RealCounts): number | null {
  return counts.facts === 0 ? null : counts.found / counts.facts;
}

/** correct / (correct + wrong): precision over judged claims; null when none is judged. */
export function claimPrecision(counts: RealCounts): number | null {
  const judged = counts.correct + counts.wrong;
  return judged === 0 ? null : counts.correct / judged;
}

/** correct / claims: precision counting every unjudged claim as wrong; null without claims. */
export function claimPrecisionLowerBound(counts: RealCounts): number | null {
  return counts.claims === 0 ? null : counts.correct / counts.claims;
}
