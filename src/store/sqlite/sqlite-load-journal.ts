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
 * it open (a running `kg serve`), SQLite keeps WAL mode (after the
 * connection's busy_timeout) and the load writes through the WAL as before.
 * While the store is out of WAL mode, another process opening it waits
 * busy_timeout to put it back in WAL mode and is told that the store is not
 * reachable (a reader would block the load's commit). If one holds the
 * store when the load ends, the store stays in rollback mode until its
 * next opening, which puts every store in WAL mode
 * (https://www.sqlite.org/wal.html#persistence_of_wal_mode).
 */
export function leaveWalForLoad(db: Database.Database): () => void {
  if (switchedTo(db, 'delete') !== 'delete') return () => undefined;
  return () => void switchedTo(db, 'wal');
}

/** The journal mode after asking for `mode`: the one kept when another connection holds the store. */
function switchedTo(db: Database.Database, mode: 'delete' | 'wal'): unknown {
  try {
    return db.pragma(`journal_mode = ${mode}`, { simple: true });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY')
      return db.pragma('journal_mode', { simple: true });
    throw error;
  }
}
