import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { defineEightQuestionsSuite } from './eight-questions.suite';

defineEightQuestionsSuite('SQLite', async () => {
  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  return store;
});
