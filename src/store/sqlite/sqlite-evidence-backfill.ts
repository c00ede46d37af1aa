import type Database from 'better-sqlite3';
import { recomputeRelations } from './sqlite-relations';

/** The migration (schema/sqlite/004_evidence.sql) whose step this is. */
export const EVIDENCE_VERSION = 4;

/**
 * Relations stored before migration 003 have no stance or source counts
 * (NULL independent_sources): rebuilds them once, in one transaction, so
 * that every relation answers the same fields. Nothing to do afterwards.
 */
export function backfillEvidence(db: Database.Database): void {
  const stale = db
    .prepare<[], { id: string }>('SELECT id FROM relations WHERE independent_sources IS NULL')
    .all()
    .map((row) => row.id);
  if (stale.length > 0) db.transaction(() => recomputeRelations(db, stale))();
}
