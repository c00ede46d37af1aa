import type Database from 'better-sqlite3';
import type { EvidenceTrace, SourceKind } from '../../domain/evidence';
import { countIndependentSources, sourceKeyOf, sourceOfKey } from '../../domain/evidence';
import { MODALITIES } from '../../domain/modality';
import { SOURCE_KEY, SOURCE_KIND } from './sqlite-sources';
import { statements } from './sqlite-statements';

/** SQL rank of a modality, strongest lowest: built from the domain's order, never from input. */
const MODALITY_RANK = `CASE c.modality ${MODALITIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} END`;
const RANKED_MODALITY = `CASE min(${MODALITY_RANK}) ${MODALITIES.map((m, i) => `WHEN ${i} THEN '${m}'`).join(' ')} END`;
/** Claims per modality as a JSON array in the domain's order. */
const MODALITY_COUNTS = `json_array(${MODALITIES.map((m) => `sum(c.modality = '${m}')`).join(', ')})`;

/**
 * Rebuilds the given relations from their claims, deleting those left with
 * none. Runs inside the caller's transaction.
 */
export function recomputeRelations(db: Database.Database, relationIds: readonly string[]): void {
  if (relationIds.length === 0) return;
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
     WHERE c.relation_id IN (SELECT value FROM json_each(?))
     GROUP BY c.relation_id`,
    )
    .run(ids);
  countSources(db, ids);
}

/**
 * The independence rule (domain/evidence.ts) over each relation's distinct
 * sources, sentence keys and agencies: copies of one story are read once.
 */
function countSources(db: Database.Database, ids: string): void {
  const rows = statements(db)
    .prepare<
      [string],
      {
        relation_id: string;
        kind: SourceKind;
        key: string;
        sentence_key: string;
        agency: string | null;
      }
    >(
      `SELECT DISTINCT c.relation_id, ${SOURCE_KIND} AS kind, ${SOURCE_KEY} AS key, c.sentence_key,
         c.reported_by_id AS agency
       FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.relation_id IN (SELECT value FROM json_each(?))`,
    )
    .all(ids);
  const traces = new Map<string, EvidenceTrace[]>();
  for (const row of rows) {
    const list = traces.get(row.relation_id) ?? [];
    list.push({
      source: sourceKeyOf(sourceOfKey(row.kind, row.key)),
      sentenceKey: row.sentence_key,
      agencyId: row.agency,
    });
    traces.set(row.relation_id, list);
  }
  const update = statements(db).prepare(
    'UPDATE relations SET independent_sources = ? WHERE id = ?',
  );
  for (const [id, list] of traces) update.run(countIndependentSources(list), id);
}
