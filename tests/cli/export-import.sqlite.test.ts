import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { defineExportImportSuite } from './export-import.suite';

defineExportImportSuite('SQLite', async () => {
  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  return store;
});
