import type Database from 'better-sqlite3';

/**
 * Puts an empty store in rollback-journal mode for its bulk load, and
 * returns what puts it back in WAL mode once the load is finished.
 *
 * In WAL mode every page the load writes goes to the WAL first and is
 * copied into the database file at the checkpoint, and a page the page
 * cache lets go during the load's one transaction is appended to the WAL
 * again each time it is written again: a million claims wrote 12 GB for a
 * 3 GB store. A rollback journal keeps only the pages the store held
 * before the load (an empty store: a few dozen), and every other page is
 * written once, into the database file itself. A crash rolls the file back
 * to the empty store from that journal when it is next opened
 * (https://www.sqlite.org/lockingv3.html#rollback, "hot journal").
 *
 * Leaving WAL mode needs the store to itself: when another connection has
 * it open (a running `kg serve`), SQLite keeps WAL mode and the load writes
 * through the WAL as before (https://www.sqlite.org/wal.html#persistence_of_wal_mode).
 */
export function leaveWalForLoad(db: Database.Database): () => void {
  let mode: unknown;
  try {
    mode = db.pragma('journal_mode = DELETE', { simple: true });
  } catch (error) {
    // Another connection holds the store: it stays in WAL mode.
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return () => undefined;
    throw error;
  }
  if (mode !== 'delete') return () => undefined;
  return () => {
    db.pragma('journal_mode = WAL');
  };
}
