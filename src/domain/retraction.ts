import type { ArticleBatch } from './article-batch';
import type { Change, ChangeStamp } from './change';
import type { Claim } from './claim';

export interface RetractResult {
  /** False when the article was already retracted: `change` is then that earlier retraction. */
  readonly retracted: boolean;
  readonly change: Change;
}

/** Every entity a claim names, in any role. */
export function claimEntityIds(claim: Claim): string[] {
  return [
    claim.subjectId,
    claim.objectId,
    claim.locationId,
    claim.itemId,
    claim.attributedToId,
    claim.reportedById,
  ].filter((id): id is string => id !== null);
}

/**
 * The history entry of a retraction. `before` is the article as it was
 * stored, with its mentions, its claims and the candidate entities that
 * left with it: the shape of an ArticleBatch, so nothing is lost and the
 * article can be written back as it was. Listed under the article, each
 * claim and each dropped entity.
 */
export function retractionChange(stamp: ChangeStamp, before: ArticleBatch): Change {
  return {
    ...stamp,
    action: 'RETRACT_ARTICLE',
    targetIds: [
      before.article.id,
      ...before.claims.map((claim) => claim.id),
      ...before.entities.map((entity) => entity.id),
    ],
    before,
    after: null,
  };
}
