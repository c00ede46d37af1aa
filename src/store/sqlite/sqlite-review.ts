import type Database from 'better-sqlite3';
import type { ChangeStamp } from '../../domain/change';
import { NotFoundError } from '../../domain/errors';
import type { ClaimReview, ReviewClaimResult, Verdict } from '../../domain/review';
import { claimReviewChange, isRejected, reviewOf, sameJudgement } from '../../domain/review';
import { recordChange } from './sqlite-curation';
import { recomputeRelations } from './sqlite-relations';
import { statements } from './sqlite-statements';

interface ReviewRow {
  claim_id: string;
  verdict: Verdict;
  note: string | null;
  editor: string;
  at: string;
}

function toReview(row: ReviewRow): ClaimReview {
  return {
    claimId: row.claim_id,
    verdict: row.verdict,
    note: row.note,
    editor: row.editor,
    at: row.at,
  };
}

export function claimReviews(
  db: Database.Database,
  claimIds: readonly string[],
): (ClaimReview | null)[] {
  const rows = statements(db)
    .prepare<[string], ReviewRow>(
      'SELECT * FROM claim_reviews WHERE claim_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(claimIds));
  const byId = new Map(rows.map((row) => [row.claim_id, toReview(row)]));
  return claimIds.map((id) => byId.get(id) ?? null);
}

/** SqliteGraphStore.reviewClaim's work, in one immediate transaction. */
export function reviewClaim(
  db: Database.Database,
  claimId: string,
  verdict: Verdict,
  stamp: ChangeStamp,
): ReviewClaimResult {
  return db
    .transaction((): ReviewClaimResult => {
      const claim = statements(db)
        .prepare<[string], { article_id: string; relation_id: string }>(
          'SELECT article_id, relation_id FROM claims WHERE id = ?',
        )
        .get(claimId);
      if (!claim) throw new NotFoundError('claim', claimId);
      const [previous = null] = claimReviews(db, [claimId]);
      const review = reviewOf(claimId, verdict, stamp);
      if (sameJudgement(previous, review)) return { changed: false, review: previous! };
      statements(db)
        .prepare(
          `INSERT INTO claim_reviews (claim_id, verdict, note, editor, at) VALUES (@claimId, @verdict, @note, @editor, @at)
           ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,
             editor = excluded.editor, at = excluded.at`,
        )
        .run(review);
      if (isRejected(previous) !== isRejected(review)) {
        statements(db)
          .prepare('UPDATE claims SET rejected = ? WHERE id = ?')
          .run(isRejected(review) ? 1 : 0, claimId);
        recomputeRelations(db, [claim.relation_id]);
      }
      recordChange(db, claimReviewChange(stamp, claim.article_id, previous, review));
      return { changed: true, review };
    })
    .immediate();
}

/** Marks the article's claims judged WRONG, once its claims are written again; the caller rebuilds relations. */
export function applyClaimReviews(db: Database.Database, articleId: string): void {
  statements(db)
    .prepare(
      `UPDATE claims SET rejected = 1 WHERE article_id = ?
       AND id IN (SELECT claim_id FROM claim_reviews WHERE verdict = 'WRONG')`,
    )
    .run(articleId);
}

/** Whether any claim is judged WRONG: until one is, applyClaimReviews has nothing to mark. */
export function anyClaimJudgedWrong(db: Database.Database): boolean {
  return (
    statements(db)
      .prepare<[], { found: number }>(
        "SELECT EXISTS (SELECT 1 FROM claim_reviews WHERE verdict = 'WRONG') AS found",
      )
      .get()!.found === 1
  );
}
