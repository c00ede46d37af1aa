import type Database from 'better-sqlite3';
import { KEPT_COUNTS } from './sqlite-kept-counts';
import { rebuildEveryRelation } from './sqlite-relations';
import { processRuns } from '../process-runs';

/**
 * Indexes written in key order by an import (its articles come in id
 * order), kept through a bulk load of rows: the load's own lookups and
 * cascades read them, and appending to them costs little. A staged load
 * reads none of them and writes claims and mentions in their own id order:
 * it drops these too.
 */
const KEPT_INDEXES = ['claims_by_article', 'mentions_by_article'];

/** Tables whose indexes a bulk load of rows drops: those written in random key order. */
const ROW_LOAD_TABLES = ['claims', 'mentions', 'relations'];
/**
 * Tables whose indexes a staged load drops: every table it fills, each
 * written in its own key's order (sqlite-staged-rows.ts), so that every
 * other index of theirs is built once from sorted keys.
 */
const STAGED_LOAD_TABLES = [...ROW_LOAD_TABLES, 'articles', 'entities', 'entity_names'];

/**
 * Claims a bulk load writes per transaction, over many upsertArticles calls
 * (each one a savepoint in it). The keys of claims and mentions are random
 * hashes, landing all over their primary-key indexes: each commit writes
 * most of those indexes' pages again, to the WAL and then to the file.
 * Writing a million claims took 134 s committing every 20,000 claims and
 * 86 s every 100,000 (CPU profiles of `kg import`); the end of the load
 * already holds the write lock longer than any of these transactions.
 */
const CLAIMS_PER_COMMIT = 100_000;

/** Claims summarised at a time when a bulk load rebuilds the relations: bounds its memory. */
const CLAIMS_PER_SUMMARY_PAGE = 20_000;

/**
 * What a bulk load drops: the indexes of the tables it lists (their keys
 * arrive in random order, so each insert lands on its own page of each
 * index once they outgrow the page cache; built once from the sorted keys
 * afterwards), and the triggers keeping the counts of KEPT_COUNTS (one
 * set-based count each afterwards). A unique constraint's index has no SQL
 * and stays: it is the table's key.
 */
const DEFERRED_SCHEMA = `SELECT name, sql, tbl_name FROM sqlite_master
  WHERE sql IS NOT NULL AND (
    (type = 'index' AND tbl_name IN (SELECT value FROM json_each(@tables))
      AND name NOT IN (SELECT value FROM json_each(@keptIndexes)))
    OR (type = 'trigger' AND EXISTS (SELECT 1 FROM json_each(@keptCounts) WHERE instr(sql, value) > 0)))
  ORDER BY type, name`;

/**
 * How a bulk load writes: `staged` into a store holding nothing at all (no
 * article, entity, merge or verdict), its rows staged apart and written
 * set by set when it ends (sqlite-staged-rows.ts); `rows` into a store
 * without claims that holds something else, row by row as upsertArticles
 * writes, in transactions of CLAIMS_PER_COMMIT claims.
 */
export type BulkLoadKind = 'staged' | 'rows';

/**
 * Starts a bulk load when the store holds no claims and none is under way:
 * drops what DEFERRED_SCHEMA lists and records it in unfinished_bulk_load
 * (migration 018), in one transaction. From then on, relations are not
 * rebuilt per write (recomputeRelations waits, whichever process writes)
 * until finishBulkLoad builds everything from the claims. Returns how the
 * load writes, or null when it did not start.
 */
export function startBulkLoad(db: Database.Database): BulkLoadKind | null {
  return db
    .transaction((): BulkLoadKind | null => {
      const state = db
        .prepare<[], { busy: number; empty: number }>(
          `SELECT EXISTS (SELECT 1 FROM claims) OR EXISTS (SELECT 1 FROM unfinished_bulk_load) AS busy,
             NOT (EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM entities)
               OR EXISTS (SELECT 1 FROM entity_merges) OR EXISTS (SELECT 1 FROM claim_reviews)) AS empty`,
        )
        .get()!;
      if (state.busy === 1) return null;
      const kind: BulkLoadKind = state.empty === 1 ? 'staged' : 'rows';
      const deferred = db
        .prepare<
          { tables: string; keptIndexes: string; keptCounts: string },
          { name: string; sql: string; tbl_name: string }
        >(DEFERRED_SCHEMA)
        .all({
          tables: JSON.stringify(kind === 'staged' ? STAGED_LOAD_TABLES : ROW_LOAD_TABLES),
          keptIndexes: JSON.stringify(kind === 'staged' ? [] : KEPT_INDEXES),
          keptCounts: JSON.stringify(Object.keys(KEPT_COUNTS)),
        });
      const record = db.prepare(
        'INSERT INTO unfinished_bulk_load (name, sql, on_table, loader_pid) VALUES (?, ?, ?, ?)',
      );
      for (const { name, sql, tbl_name } of deferred) {
        record.run(name, sql, tbl_name, process.pid);
        db.exec(`DROP ${isTrigger(sql) ? 'TRIGGER' : 'INDEX'} "${name}"`);
      }
      return kind;
    })
    .immediate();
}

/**
 * Finishes an unfinished bulk load, in one transaction (a crash part way
 * leaves it unfinished, to be finished again): makes again what it
 * dropped, rebuilds every relation and the claims' full-text index from
 * the claims and fills every table of KEPT_COUNTS again. With
 * `onlyWhenLoaderGone`, leaves alone a load whose process still runs on
 * this machine (another process opening the store while `kg import` loads).
 */
export function finishBulkLoad(db: Database.Database, onlyWhenLoaderGone = false): void {
  const unfinished = () =>
    db
      .prepare<[], { sql: string; on_table: string; loader_pid: number }>(
        'SELECT sql, on_table, loader_pid FROM unfinished_bulk_load ORDER BY name',
      )
      .all();
  const toFinish = (dropped: ReturnType<typeof unfinished>) =>
    dropped.length > 0 &&
    !(onlyWhenLoaderGone && dropped.some((row) => processRuns(row.loader_pid)));
  // Without taking the write lock when there is nothing to do (every opening of the store asks,
  // while a load may hold the lock), and read again inside: of two finishers, the second finds none.
  if (!toFinish(unfinished())) return;
  db.transaction(() => {
    const dropped = unfinished();
    if (!toFinish(dropped)) return;
    const make = (wanted: (row: (typeof dropped)[number]) => boolean) => {
      for (const { sql } of dropped.filter(wanted)) db.exec(sql);
    };
    // The relations' indexes once their rows are in (the rebuild reads the claims without an
    // index, in one sorted pass), and the triggers once the counts are filled.
    make((row) => !isTrigger(row.sql) && row.on_table !== 'relations');
    rebuildEveryRelation(db, CLAIMS_PER_SUMMARY_PAGE);
    // The loader leaves out its claims' full-text rows (sqlite-graph-store.ts writeClaims): built
    // here from all the claims in one pass (3.7 s at a million claims).
    db.exec(`INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')`);
    make((row) => !isTrigger(row.sql) && row.on_table === 'relations');
    for (const count of Object.values(KEPT_COUNTS)) count(db);
    make((row) => isTrigger(row.sql));
    db.exec('DELETE FROM unfinished_bulk_load');
  }).immediate();
}

/**
 * The transaction of a bulk load's writes, begun with the load. A load of
 * rows commits every CLAIMS_PER_COMMIT claims; another process writing
 * meanwhile waits for the next commit (busy_timeout). A staged load
 * commits once, when it ends: it holds the store's write lock throughout,
 * so that the store it writes into stays empty until then.
 */
export class BulkLoadCommits {
  private claims = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly kind: BulkLoadKind,
  ) {
    db.exec('BEGIN IMMEDIATE');
  }

  /** After an upsertArticles call of the load, which wrote `claims` claims. */
  wrote(claims: number): void {
    this.claims += claims;
    if (this.kind === 'staged' || this.claims < CLAIMS_PER_COMMIT) return;
    this.db.exec('COMMIT; BEGIN IMMEDIATE');
    this.claims = 0;
  }

  /** Commits what the load wrote, when the load ends (whether it succeeded or failed). */
  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }
}

function isTrigger(sql: string): boolean {
  return /^\s*CREATE\s+TRIGGER\b/i.test(sql);
}
