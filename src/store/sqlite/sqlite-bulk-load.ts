import type Database from 'better-sqlite3';
import { KEPT_COUNTS } from './sqlite-kept-counts';
import { rebuildEveryRelation } from './sqlite-relations';

/**
 * Indexes written in key order by an import (its articles come in id
 * order), kept through a bulk load: the load's own lookups and cascades
 * read them, and appending to them costs little.
 */
const KEPT_INDEXES = ['claims_by_article', 'mentions_by_article'];

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
 * dropped, rebuilds every relation from its claims and fills every table
 * of KEPT_COUNTS again. With `onlyWhenLoaderGone`, leaves alone a load whose process
 * still runs on this machine (another process opening the store while
 * `kg import` loads).
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
    make((row) => !isTrigger(row.sql) && row.on_table === 'relations');
    for (const count of Object.values(KEPT_COUNTS)) count(db);
    make((row) => isTrigger(row.sql));
    db.exec('DELETE FROM unfinished_bulk_load');
  }).immediate();
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
