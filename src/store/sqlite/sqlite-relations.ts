import type Database from 'better-sqlite3';
import type { SourceKind } from '../../domain/evidence';
import type { SourcedClaim } from '../../domain/source-summary';
import { summariseSources } from '../../domain/source-summary';
import { MODALITIES } from '../../domain/modality';
import { SOURCE_KEY, SOURCE_KIND } from './sqlite-sources';
import { statements } from './sqlite-statements';

/** SQL rank of a modality, strongest lowest: built from the domain's order, never from input. */
const MODALITY_RANK = `CASE c.modality ${MODALITIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} END`;
const RANKED_MODALITY = `CASE min(${MODALITY_RANK}) ${MODALITIES.map((m, i) => `WHEN ${i} THEN '${m}'`).join(' ')} END`;
/** Claims per modality as a JSON array in the domain's order. */
const MODALITY_COUNTS = `json_array(${MODALITIES.map((m) => `sum(c.modality = '${m}')`).join(', ')})`;

/**
 * Rebuilds the given relations from their claims not judged WRONG, with
 * their source summaries, deleting those left with none. Runs inside the caller's
 * transaction. Whatever changes claims (ingest, retraction, curation)
 * calls this for the relations it touched. While a bulk load is
 * unfinished it does nothing: the load rebuilds every relation when it
 * finishes (sqlite-bulk-load.ts).
 */
export function recomputeRelations(db: Database.Database, relationIds: readonly string[]): void {
  if (relationIds.length === 0 || bulkLoadUnfinished(db)) return;
  rebuildRelations(db, relationIds);
}

/** Whether a bulk load is unfinished (migration 018). */
function bulkLoadUnfinished(db: Database.Database): boolean {
  return (
    statements(db)
      .prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM unfinished_bulk_load) AS found')
      .get()!.found === 1
  );
}

/** recomputeRelations, whether or not a bulk load is unfinished: the one that finishes it. */
export function rebuildRelations(db: Database.Database, relationIds: readonly string[]): void {
  const ids = JSON.stringify(relationIds);
  statements(db)
    .prepare('DELETE FROM relations WHERE id IN (SELECT value FROM json_each(?))')
    .run(ids);
  statements(db)
    .prepare(
      `INSERT INTO relations (id, subject_id, predicate, object_id, object_value, claim_count, first_seen, last_seen, modality,
       modality_counts, supporting, denying)
     SELECT c.relation_id, min(c.subject_id), min(c.predicate), min(c.object_id), min(c.object_value), count(*),
       min(substr(a.published_at, 1, 10)), max(substr(a.published_at, 1, 10)), ${RANKED_MODALITY},
       ${MODALITY_COUNTS}, sum(c.modality <> 'DENIED'), sum(c.modality = 'DENIED')
     FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.relation_id IN (SELECT value FROM json_each(?)) AND c.rejected = 0
     GROUP BY c.relation_id`,
    )
    .run(ids);
  summariseRelationSources(db, ids);
}

/**
 * Each relation's source summary (domain/source-summary.ts): its
 * independent sources and its distinct sources with their first claims,
 * read from its claims in claim order. Every rebuild of a relation
 * (ingest, retraction, curation) goes through recomputeRelations, so the
 * summary never lags behind the claims.
 */
function summariseRelationSources(db: Database.Database, ids: string): void {
  const rows = statements(db)
    .prepare<
      [string],
      {
        relation_id: string;
        id: string;
        kind: SourceKind;
        key: string;
        sentence_key: string;
        agency: string | null;
      }
    >(
      `SELECT c.relation_id, c.id, ${SOURCE_KIND} AS kind, ${SOURCE_KEY} AS key, c.sentence_key,
         c.reported_by_id AS agency
       FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.relation_id IN (SELECT value FROM json_each(?)) AND c.rejected = 0
       ORDER BY c.relation_id, a.published_at, a.id, c.sentence_start, c.id`,
    )
    .all(ids);
  const claimsOf = new Map<string, SourcedClaim[]>();
  for (const row of rows) {
    const list = claimsOf.get(row.relation_id) ?? [];
    list.push({
      claimId: row.id,
      kind: row.kind,
      key: row.key,
      sentenceKey: row.sentence_key,
      agencyId: row.agency,
    });
    claimsOf.set(row.relation_id, list);
  }
  statements(db)
    .prepare('DELETE FROM relation_sources WHERE relation_id IN (SELECT value FROM json_each(?))')
    .run(ids);
  const insert = statements(db).prepare(
    `INSERT INTO relation_sources (relation_id, rank, kind, key, claim_count, first_claim_ids)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const update = statements(db).prepare(
    'UPDATE relations SET independent_sources = ?, source_count = ? WHERE id = ?',
  );
  for (const [id, claims] of claimsOf) {
    const summary = summariseSources(claims);
    summary.sources.forEach((source, rank) =>
      insert.run(
        id,
        rank,
        source.kind,
        source.key,
        source.claimCount,
        JSON.stringify(source.firstClaimIds),
      ),
    );
    update.run(summary.independentSources, summary.sources.length, id);
  }
}
