import type { GraphStore } from '../../src/store/graph-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { openPooledSqlite } from '../../src/store/sqlite/workers/pooled-sqlite-store';

/** A fresh, migrated, private in-memory SQLite store, working on the calling thread. */
export async function openMemorySqlite(): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  return store;
}

/** A fresh, migrated, private SQLite store on worker threads, as the server opens it. */
export async function openSqliteOnWorkers(file = ':memory:'): Promise<GraphStore> {
  const store = await openPooledSqlite(file, { readers: 2 });
  await store.migrate();
  return store;
}
