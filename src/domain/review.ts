import type { Change, ChangeStamp } from './change';
import type { Claim } from './claim';

/** An analyst's judgement of a claim. */
export const VERDICTS = ['CORRECT', 'WRONG'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The latest judgement of a claim. Kept apart from the claim, under its id:
 * a claim's id stays the same when its article is written again with the
 * same reading (domain/ids.ts), so the judgement outlives re-ingestion.
 */
export interface ClaimReview {
  readonly claimId: string;
  readonly verdict: Verdict;
  readonly note: string | null;
  /** The name of the editor's key. */
  readonly editor: string;
  /** ISO 8601 UTC date-time. */
  readonly at: string;
}

/**
 * A stored claim with its latest judgement, WRONG ones included: what the
 * judgements export reads. `id` is the claim's, the key exports page by.
 */
export interface ReviewedClaim {
  readonly id: string;
  readonly claim: Claim;
  readonly review: ClaimReview;
}

export interface ReviewClaimResult {
  /** False when the claim already had this verdict and note: `review` is then the earlier one. */
  readonly changed: boolean;
  readonly review: ClaimReview;
}

/** A claim judged WRONG leaves every answer unless a reader asks for rejected claims. */
export function isRejected(review: ClaimReview | null): boolean {
  return review?.verdict === 'WRONG';
}

/** The review a stamp makes; the stamp's reason is the note. */
export function reviewOf(claimId: string, verdict: Verdict, stamp: ChangeStamp): ClaimReview {
  return { claimId, verdict, note: stamp.reason, editor: stamp.editor, at: stamp.at };
}

/** True when writing `next` over `previous` would change nothing a reader sees. */
export function sameJudgement(previous: ClaimReview | null, next: ClaimReview): boolean {
  return previous !== null && previous.verdict === next.verdict && previous.note === next.note;
}

/** The history entry of a review: listed under the claim and its article. */
export function claimReviewChange(
  stamp: ChangeStamp,
  articleId: string,
  previous: ClaimReview | null,
  next: ClaimReview,
): Change {
  const judgement = (review: ClaimReview | null) =>
    review === null ? null : { verdict: review.verdict, note: review.note };
  return {
    ...stamp,
    action: 'REVIEW_CLAIM',
    targetIds: [next.claimId, articleId],
    before: judgement(previous),
    after: judgement(next),
  };
}
