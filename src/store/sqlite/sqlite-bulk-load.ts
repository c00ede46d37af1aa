import type Database from 'better-sqlite3';
import { KEPT_COUNTS } from './sqlite-kept-counts';
import { rebuildEveryRelation } from './sqlite-relations';

/**
 * Indexes written in key order by an import (its articles come in id
 * order), kept through a bulk load: the load's own lookups and cascades
 * read them, and appending to them costs little.
 */
const KEPT_INDEXES = ['claims_by_article', 'mentions_by_article'];

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
 * What a bulk load drops: the indexes of claims, mentions and relations
 * (their keys arrive in random order, so each insert lands on its own page
 * of each index once they outgrow the page cache; built once from the
 * sorted keys afterwards), and the triggers keeping the counts of
 * KEPT_COUNTS (one set-based count each afterwards). A unique constraint's
 * index has no SQL and stays: it is the table's key.
 */
const DEFERRED_SCHEMA = `SELECT name, sql, tbl_name FROM sqlite_master
  WHERE sql IS NOT NULL AND (
    (type = 'index' AND tbl_name IN ('claims', 'mentions', 'relations')
      AND name NOT IN (SELECT value FROM json_each(@keptIndexes)))
    OR (type = 'trigger' AND EXISTS (SELECT 1 FROM json_each(@keptCounts) WHERE instr(sql, value) > 0)))
  ORDER BY type, name`;

/**
 * Starts a bulk load when the store holds no claims and none is under way:
 * drops what DEFERRED_SCHEMA lists and records it in unfinished_bulk_load
 * (migration 018), in one transaction. From then on, relations are not
 * rebuilt per write (recomputeRelations waits, whichever process writes)
 * until finishBulkLoad builds everything from the claims. Returns whether
 * the load started.
 */
export function startBulkLoad(db: Database.Database): boolean {
  return db
    .transaction((): boolean => {
      const busy = db
        .prepare<[], { found: number }>(
          `SELECT EXISTS (SELECT 1 FROM claims) OR EXISTS (SELECT 1 FROM unfinished_bulk_load) AS found`,
        )
        .get()!.found;
      if (busy === 1) return false;
      const deferred = db
        .prepare<
          { keptIndexes: string; keptCounts: string },
          { name: string; sql: string; tbl_name: string }
        >(DEFERRED_SCHEMA)
        .all({
          keptIndexes: JSON.stringify(KEPT_INDEXES),
          keptCounts: JSON.stringify(Object.keys(KEPT_COUNTS)),
        });
      const record = db.prepare(
        'INSERT INTO unfinished_bulk_load (name, sql, on_table, loader_pid) VALUES (?, ?, ?, ?)',
      );
      for (const { name, sql, tbl_name } of deferred) {
        record.run(name, sql, tbl_name, process.pid);
        db.exec(`DROP ${isTrigger(sql) ? 'TRIGGER' : 'INDEX'} "${name}"`);
      }
      return true;
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
 * The transaction of a bulk load's writes: begun with the load, committed
 * every CLAIMS_PER_COMMIT claims and when the load ends. Another process
 * writing meanwhile waits for the next commit (busy_timeout).
 */
export class BulkLoadCommits {
  private claims = 0;

  constructor(private readonly db: Database.Database) {
    db.exec('BEGIN IMMEDIATE');
  }

  /** After an upsertArticles call of the load, which wrote `claims` claims. */
  wrote(claims: number): void {
    this.claims += claims;
    if (this.claims < CLAIMS_PER_COMMIT) return;
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

/** Whether a process with this id runs on this machine. */
function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
