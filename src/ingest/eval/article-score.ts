/** Counts for one measure: true positives, false positives, false negatives. */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Right answers out of those judged. */
export interface Accuracy {
  readonly correct: number;
  readonly total: number;
}

/** How an extraction of one article compares with its hand annotation. */
export interface ArticleScore {
  readonly name: string;
  readonly language: string;
  readonly entities: Counts;
  readonly claims: Counts;
  /** Among matched claims: same modality. */
  readonly modality: Accuracy;
  /** Among matched claims: same attributedTo and same reportedBy. */
  readonly attribution: Accuracy;
  /** Human-readable differences, for --verbose. */
  readonly missedEntities: readonly string[];
  readonly extraEntities: readonly string[];
  readonly missedClaims: readonly string[];
  readonly extraClaims: readonly string[];
}

export function precision(counts: Counts): number {
  return counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
}

export function recall(counts: Counts): number {
  return counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
}

export function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function ratio(accuracy: Accuracy): number {
  return accuracy.total === 0 ? 1 : accuracy.correct / accuracy.total;
}

/** Micro-averaged total: counts summed over articles. */
export function totalScore(scores: readonly ArticleScore[]): ArticleScore {
  const sum = (pick: (s: ArticleScore) => Counts): Counts => ({
    tp: scores.reduce((n, s) => n + pick(s).tp, 0),
    fp: scores.reduce((n, s) => n + pick(s).fp, 0),
    fn: scores.reduce((n, s) => n + pick(s).fn, 0),
  });
  const acc = (pick: (s: ArticleScore) => Accuracy): Accuracy => ({
    correct: scores.reduce((n, s) => n + pick(s).correct, 0),
    total: scores.reduce((n, s) => n + pick(s).total, 0),
  });
  return {
    name: 'TOTAL',
    language: '',
    entities: sum((s) => s.entities),
    claims: sum((s) => s.claims),
    modality: acc((s) => s.modality),
    attribution: acc((s) => s.attribution),
    missedEntities: [],
    extraEntities: [],
    missedClaims: [],
    extraClaims: [],
  };
}
