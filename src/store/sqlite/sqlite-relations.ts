import type Database from 'better-sqlite3';
import { MODALITIES } from '../../domain/modality';

/** SQL rank of a modality, strongest lowest: built from the domain's order, never from input. */
const MODALITY_RANK = `CASE c.modality ${MODALITIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} END`;
const RANKED_MODALITY = `CASE min(${MODALITY_RANK}) ${MODALITIES.map((m, i) => `WHEN ${i} THEN '${m}'`).join(' ')} END`;

/**
 * Rebuilds the given relations from their claims, deleting those left with
 * none. Runs inside the caller's transaction.
 */
export function recomputeRelations(db: Database.Database, relationIds: readonly string[]): void {
  if (relationIds.length === 0) return;
  const ids = JSON.stringify(relationIds);
  db.prepare('DELETE FROM relations WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  db.prepare(
    `INSERT INTO relations (id, subject_id, predicate, object_id, object_value, claim_count, first_seen, last_seen, modality)
     SELECT c.relation_id, min(c.subject_id), min(c.predicate), min(c.object_id), min(c.object_value), count(*),
       min(substr(a.published_at, 1, 10)), max(substr(a.published_at, 1, 10)), ${RANKED_MODALITY}
     FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.relation_id IN (SELECT value FROM json_each(?))
     GROUP BY c.relation_id`,
  ).run(ids);
}
