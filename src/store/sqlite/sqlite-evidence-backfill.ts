import type Database from 'better-sqlite3';
import { sentenceKey } from '../../domain/evidence';
import { rebuildRelations } from './sqlite-relations';

/**
 * The migration whose step this is: the backfill of 004_evidence.sql, run
 * once 011_claim_reviews.sql is in too, because rebuilding relations reads
 * `claims.rejected`. It finds its own work, so it runs safely on any version.
 */
export const EVIDENCE_VERSION = 11;

/** The migration (schema/sqlite/013_source_summaries.sql) whose step rebuilds relations. */
export const SOURCE_SUMMARY_VERSION = 13;

/** The migration (schema/sqlite/022_independent_sources_by_speaker.sql) whose step recounts. */
export const JOINED_SPEAKERS_VERSION = 22;

/**
 * Claims stored before migration 004 have no sentence key: fills them in
 * once. Relations are rebuilt by the step of migration 013, whose table
 * their rebuild writes (rebuildStaleRelations).
 */
export function backfillEvidence(db: Database.Database): void {
  const unkeyed = db
    .prepare<[], { id: string; sentence: string }>(
      'SELECT id, sentence FROM claims WHERE sentence_key IS NULL',
    )
    .all();
  if (unkeyed.length > 0) {
    const update = db.prepare('UPDATE claims SET sentence_key = ? WHERE id = ?');
    db.transaction(() => {
      for (const row of unkeyed) update.run(sentenceKey(row.sentence), row.id);
    })();
  }
}

/**
 * Relations stored before migration 004 have no stance or source counts
 * (NULL independent_sources), those stored before 013 no source summary
 * (NULL source_count): rebuilds them once, so that every relation answers
 * the same fields. Nothing to do afterwards.
 */
export function rebuildStaleRelations(db: Database.Database): void {
  const stale = db
    .prepare<[], { id: string }>(
      'SELECT id FROM relations WHERE independent_sources IS NULL OR source_count IS NULL',
    )
    .all()
    .map((row) => row.id);
  if (stale.length > 0) db.transaction(() => rebuildRelations(db, stale))();
}

/**
 * Relations counted before a copy stopped joining two named speakers
 * (migration 022, domain/evidence.ts): those with a sentence, or an
 * agency's claims, naming two speakers or more are rebuilt. Every other
 * relation's count is the same under both rules.
 */
export function recountJoinedSpeakers(db: Database.Database): void {
  const ids = db
    .prepare<[], { id: string }>(
      `SELECT relation_id AS id FROM claims WHERE rejected = 0 AND attributed_to_id IS NOT NULL
       GROUP BY relation_id, sentence_key HAVING count(DISTINCT attributed_to_id) > 1
       UNION
       SELECT relation_id FROM claims
       WHERE rejected = 0 AND attributed_to_id IS NOT NULL AND reported_by_id IS NOT NULL
       GROUP BY relation_id, reported_by_id HAVING count(DISTINCT attributed_to_id) > 1`,
    )
    .all()
    .map((row) => row.id);
  if (ids.length > 0) rebuildRelations(db, ids);
}
