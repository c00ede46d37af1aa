import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { denseCountryId, denseGraphBatch } from '../support/dense-graph';
import { openSqliteOnWorkers } from '../support/sqlite';
import { holdSqliteWriteLock } from '../support/write-locks';
import { defineHeavyLoadSuite } from './heavy-load.suite';

const folder = mkdtempSync(join(tmpdir(), 'kg-heavy-load-'));
const file = join(folder, 'kg.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

defineHeavyLoadSuite('SQLite', {
  openStore: () => openSqliteOnWorkers(file),
  holdWriteLock: () => holdSqliteWriteLock(file),
  slow: {
    // Every walk of up to four hops in a complete graph of 40: SQLite's path walk takes seconds.
    prepare: async (store) => {
      await store.upsertArticle(denseGraphBatch(40));
    },
    query: `{ paths(fromId: "${denseCountryId(0)}", toId: "${denseCountryId(1)}", maxHops: 4, first: 20) {
      steps { forward relation { id } } } }`,
  },
});
