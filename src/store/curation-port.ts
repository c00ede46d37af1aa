import type { AccessKey, StoredAccessKey } from '../domain/access-key';
import type { Change } from '../domain/change';
import type { ChangeStamp } from '../domain/change';
import type { RetractResult } from '../domain/retraction';
import type { ClaimReview, ReviewClaimResult, Verdict } from '../domain/review';
import type { EntityEdit, ReviewEntityResult } from '../domain/entity-review';
import type { Page, PageRequest } from './graph-store';

/**
 * The part of the GraphStore port that records who may change the graph
 * and what they changed. Keys are kept hashed; the change history is
 * written in the same transaction as the change it describes.
 */
export interface CurationPort {
  /**
   * Stores a new key. Rejects with ConflictError when a key already has
   * that name (revoked keys keep their names, so the history stays clear).
   */
  createAccessKey(key: StoredAccessKey): Promise<AccessKey>;
  /** Every key, revoked ones too, oldest first (ties by id). Never the hashes. */
  accessKeys(): Promise<AccessKey[]>;
  /**
   * Revokes the key with this id or name at `at` (ISO date-time). Revoking
   * a revoked key changes nothing and answers it as it is. Rejects with
   * NotFoundError when no key has that id or name.
   */
  revokeAccessKey(idOrName: string, at: string): Promise<AccessKey>;
  /** The key whose hash this is, revoked or not; null when none. */
  accessKeyByHash(hash: string): Promise<AccessKey | null>;

  /**
   * Takes an article out of every answer, in one transaction: its claims
   * and mentions go, the relations they supported are rebuilt from the
   * claims left (or go with their last claim), and the candidate entities
   * nothing else names go too. The article, its mentions, claims and those
   * entities are kept in the history (`retractionChange`). Writing the article
   * again (ingesting it) brings it back. Retracting a retracted article
   * changes nothing and answers the earlier retraction. Rejects with
   * NotFoundError when no article has, or had, this id.
   */
  retractArticle(articleId: string, stamp: ChangeStamp): Promise<RetractResult>;

  /**
   * Records an analyst's verdict on a stored claim (the stamp's reason is
   * the note), in one transaction with its history entry. A claim judged
   * WRONG leaves relations (they are rebuilt without it), stats, sources,
   * timelines, walks and claim lists, unless a claim filter asks for
   * `includeRejected`; CORRECT brings it back. The verdict is kept under the
   * claim's id, so it applies again when the article is written again.
   * The same verdict and note again changes nothing and answers the earlier
   * review. Rejects with NotFoundError when no stored claim has this id.
   */
  reviewClaim(claimId: string, verdict: Verdict, stamp: ChangeStamp): Promise<ReviewClaimResult>;

  /**
   * An editor's correction of an entity, in one transaction with its
   * history entry (`entityReviewChange`): a new name (the old one keeps
   * finding and linking the entity), a new kind, aliases added (each one
   * then found by search and by `entitiesByNameHeads`, so extraction links
   * it), and `accept` clearing the candidate flag (writers never set it
   * again). The id stays. An edit that changes nothing records nothing and
   * answers `changed: false`. Rejects with NotFoundError for an unknown id.
   */
  reviewEntity(entityId: string, edit: EntityEdit, stamp: ChangeStamp): Promise<ReviewEntityResult>;

  /** In the order of `ids`: each claim's latest review, null where there is none. */
  claimReviews(claimIds: readonly string[]): Promise<(ClaimReview | null)[]>;

  /**
   * The changes listed under an article, entity, claim or merge id, oldest
   * first (ties by change id). Empty for an id nothing changed.
   */
  history(targetId: string, page: PageRequest): Promise<Page<Change>>;
}
