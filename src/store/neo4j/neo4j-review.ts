import type { ChangeStamp } from '../../domain/change';
import { NotFoundError } from '../../domain/errors';
import type { ClaimReview, ReviewClaimResult, Verdict } from '../../domain/review';
import { claimReviewChange, isRejected, reviewOf, sameJudgement } from '../../domain/review';
import { keepingClaimCounts } from './neo4j-kind-counts';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { recordChange } from './neo4j-curation';
import { fieldsOf, text, textOrNull } from './neo4j-records';
import { recomputeRelations, relationKeyOf } from './neo4j-relation-write';

/** Needs a (:ClaimReview) `r`. */
export const REVIEW_PROJECTION = 'r {.claimId, .verdict, .note, .editor, .at}';

export function toReview(value: unknown): ClaimReview {
  const fields = fieldsOf(value, 'claim review');
  return {
    claimId: text(fields, 'claimId'),
    verdict: text(fields, 'verdict') as Verdict,
    note: textOrNull(fields, 'note'),
    editor: text(fields, 'editor'),
    at: text(fields, 'at'),
  };
}

export async function claimReviews(
  tx: Runner,
  claimIds: readonly string[],
): Promise<(ClaimReview | null)[]> {
  const rows = await run(tx, {
    text: `UNWIND $ids AS id MATCH (r:ClaimReview {claimId: id}) RETURN ${REVIEW_PROJECTION} AS review`,
    params: { ids: [...claimIds] },
  });
  const byId = new Map(rows.map((row) => toReview(row['review'])).map((r) => [r.claimId, r]));
  return claimIds.map((id) => byId.get(id) ?? null);
}

/**
 * The stored claim (judged WRONG or not) with its article, locked as
 * upsertArticle locks it so that a concurrent write of the article queues.
 * Each label is looked up through its own unique index.
 */
async function lockedClaim(tx: Runner, claimId: string) {
  const [row] = await run(tx, {
    text: `CALL () {
        MATCH (c:Claim {id: $id}) RETURN c
        UNION
        MATCH (c:RejectedClaim {id: $id}) RETURN c
      }
      MATCH (c)-[:STATED_IN]->(a:Article), (c)-[:HAS_SUBJECT]->(s:Entity)
      SET a.batchHash = a.batchHash
      RETURN a.id AS articleId, s.id AS subjectId, c.predicate AS predicate,
        head([(c)-[:HAS_OBJECT]->(o) | o.id]) AS objectId, c.objectValue AS objectValue`,
    params: { id: claimId },
  });
  if (!row) return null;
  return {
    articleId: text(row, 'articleId'),
    relation: relationKeyOf({
      subjectId: text(row, 'subjectId'),
      predicate: text(row, 'predicate'),
      objectId: textOrNull(row, 'objectId'),
      objectValue: textOrNull(row, 'objectValue'),
    }),
  };
}

/** Puts the claim under the label its verdict calls for. */
async function labelClaim(tx: Runner, claimId: string, rejected: boolean): Promise<void> {
  await run(tx, {
    text: rejected
      ? 'MATCH (c:Claim {id: $id}) REMOVE c:Claim SET c:RejectedClaim'
      : 'MATCH (c:RejectedClaim {id: $id}) REMOVE c:RejectedClaim SET c:Claim',
    params: { id: claimId },
  });
}

/**
 * Neo4jGraphStore.reviewClaim's work, inside the caller's write
 * transaction, which may run twice: it reads before it writes.
 */
export async function reviewClaim(
  tx: Runner,
  claimId: string,
  verdict: Verdict,
  stamp: ChangeStamp,
): Promise<ReviewClaimResult> {
  const claim = await lockedClaim(tx, claimId);
  if (!claim) throw new NotFoundError('claim', claimId);
  const [previous = null] = await claimReviews(tx, [claimId]);
  const review = reviewOf(claimId, verdict, stamp);
  if (sameJudgement(previous, review)) return { changed: false, review: previous! };
  await run(tx, {
    text: `MERGE (r:ClaimReview {claimId: $claimId})
      SET r.verdict = $verdict, r.note = $note, r.editor = $editor, r.at = $at`,
    params: { ...review },
  });
  if (isRejected(previous) !== isRejected(review)) {
    await keepingClaimCounts(tx, { claimIds: [claimId] }, async () => {
      await labelClaim(tx, claimId, isRejected(review));
      await recomputeRelations(tx, [claim.relation]);
    });
  }
  await recordChange(tx, claimReviewChange(stamp, claim.articleId, previous, review));
  return { changed: true, review };
}

/** Relabels the articles' claims judged WRONG, once they are written again; the caller rebuilds relations. */
export async function applyClaimReviews(tx: Runner, articleIds: readonly string[]): Promise<void> {
  await run(tx, {
    text: `UNWIND $ids AS id
      MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)
      WHERE EXISTS { MATCH (r:ClaimReview {claimId: c.id}) WHERE r.verdict = 'WRONG' }
      REMOVE c:Claim SET c:RejectedClaim`,
    params: { ids: [...articleIds] },
  });
}
