import { denseCountryId, denseGraphBatch } from '../support/dense-graph';
import { openSqliteOnWorkers } from '../support/sqlite';
import { defineRequestDeadlineSuite } from './request-deadline.suite';

defineRequestDeadlineSuite('SQLite on worker threads', {
  openStore: () => openSqliteOnWorkers(),
  slowRead: {
    // Every walk of up to four hops in a complete graph of 40: seconds for SQLite's path walk.
    prepare: async (store) => {
      await store.upsertArticle(denseGraphBatch(40));
    },
    run: (store) => store.paths(denseCountryId(0), denseCountryId(1), { maxHops: 4, first: 20 }),
  },
});
