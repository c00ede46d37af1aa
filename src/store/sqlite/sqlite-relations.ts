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

/** The claims not judged WRONG of `claims` (aliased c), with their articles, as rebuilding reads them. */
const claimsOf = (claims: string) =>
  `FROM ${claims} JOIN articles a ON a.id = c.article_id WHERE c.rejected = 0`;
/** Each relation from its claims. */
const INSERT_RELATIONS = `INSERT INTO relations (id, subject_id, predicate, object_id, object_value, claim_count,
    first_seen, last_seen, modality, modality_counts, supporting, denying)
  SELECT c.relation_id, min(c.subject_id), min(c.predicate), min(c.object_id), min(c.object_value), count(*),
    min(substr(a.published_at, 1, 10)), max(substr(a.published_at, 1, 10)), ${RANKED_MODALITY},
    ${MODALITY_COUNTS}, sum(c.modality <> 'DENIED'), sum(c.modality = 'DENIED')`;
/** What a source summary reads of each claim, in the order it reads them. */
const SOURCED_CLAIMS = `SELECT c.relation_id, c.id, ${SOURCE_KIND} AS kind, ${SOURCE_KEY} AS key, c.sentence_key,
    c.reported_by_id AS agency`;
const IN_SUMMARY_ORDER = 'ORDER BY c.relation_id, a.published_at, a.id, c.sentence_start, c.id';
const AMONG_IDS = 'AND c.relation_id IN (SELECT value FROM json_each(?))';

/** A claim as a source summary reads it. */
interface SourcedClaimRow {
  relation_id: string;
  id: string;
  kind: SourceKind;
  key: string;
  sentence_key: string;
  agency: string | null;
}

/** recomputeRelations, whether or not a bulk load is unfinished. */
export function rebuildRelations(db: Database.Database, relationIds: readonly string[]): void {
  const ids = JSON.stringify(relationIds);
  statements(db)
    .prepare('DELETE FROM relations WHERE id IN (SELECT value FROM json_each(?))')
    .run(ids);
  statements(db)
    .prepare(`${INSERT_RELATIONS} ${claimsOf('claims c')} ${AMONG_IDS} GROUP BY c.relation_id`)
    .run(ids);
  summariseRelationSources(db, ids);
}

/**
 * Every relation again from all the claims, as rebuildRelations builds
 * them, in one grouped pass (what a bulk load ends with). The claims are
 * read once in table order and sorted (NOT INDEXED): through the index on
 * their relation, each is a read of its own, and the grouping took half
 * as long again. The source summaries are read back from a sorted copy
 * `pageSize` claims at a time.
 */
export function rebuildEveryRelation(db: Database.Database, pageSize: number): void {
  db.exec(`DELETE FROM relations; DELETE FROM relation_sources;
    ${INSERT_RELATIONS} ${claimsOf('claims c NOT INDEXED')} GROUP BY c.relation_id ORDER BY c.relation_id;
    DROP TABLE IF EXISTS temp.sourced_claims;
    CREATE TEMP TABLE sourced_claims AS
      ${SOURCED_CLAIMS} ${claimsOf('claims c NOT INDEXED')} ${IN_SUMMARY_ORDER};`);
  const page = db.prepare<[number], SourcedClaimRow & { n: number }>(
    `SELECT rowid AS n, * FROM temp.sourced_claims WHERE rowid > ? ORDER BY rowid LIMIT ${pageSize}`,
  );
  // A relation whose claims run past the page waits for the next one.
  let carried: SourcedClaimRow[] = [];
  for (let after = 0; ;) {
    const rows = page.all(after);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.n;
    const all = [...carried, ...rows];
    const last = all[all.length - 1]!.relation_id;
    const cut = all.findIndex((row) => row.relation_id === last);
    writeSourceSummaries(db, all.slice(0, cut));
    carried = all.slice(cut);
  }
  writeSourceSummaries(db, carried);
  db.exec('DROP TABLE temp.sourced_claims');
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
    .prepare<[string], SourcedClaimRow>(
      `${SOURCED_CLAIMS} ${claimsOf('claims c')} ${AMONG_IDS} ${IN_SUMMARY_ORDER}`,
    )
    .all(ids);
  statements(db)
    .prepare('DELETE FROM relation_sources WHERE relation_id IN (SELECT value FROM json_each(?))')
    .run(ids);
  writeSourceSummaries(db, rows);
}

/** The source summaries of the relations whose claims `rows` are, all of each, in summary order. */
function writeSourceSummaries(db: Database.Database, rows: readonly SourcedClaimRow[]): void {
  const claimsByRelation = new Map<string, SourcedClaim[]>();
  for (const row of rows) {
    const list = claimsByRelation.get(row.relation_id) ?? [];
    list.push({
      claimId: row.id,
      kind: row.kind,
      key: row.key,
      sentenceKey: row.sentence_key,
      agencyId: row.agency,
    });
    claimsByRelation.set(row.relation_id, list);
  }
  const insert = statements(db).prepare(
    `INSERT INTO relation_sources (relation_id, rank, kind, key, claim_count, first_claim_ids)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const update = statements(db).prepare(
    'UPDATE relations SET independent_sources = ?, source_count = ? WHERE id = ?',
  );
  for (const [id, claims] of claimsByRelation) {
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
