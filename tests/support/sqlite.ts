import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';

/** A fresh, migrated, private in-memory SQLite store. */
export async function openMemorySqlite(): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  return store;
}
