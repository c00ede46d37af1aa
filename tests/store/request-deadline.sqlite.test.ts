import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { denseCountryId, denseGraphBatch } from '../support/dense-graph';
import { openSqliteOnWorkers } from '../support/sqlite';
import { holdSqliteWriteLock } from '../support/write-locks';
import { defineRequestDeadlineSuite } from './request-deadline.suite';

const folder = mkdtempSync(join(tmpdir(), 'kg-deadline-'));
const file = join(folder, 'kg.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

defineRequestDeadlineSuite('SQLite on worker processes', {
  openStore: () => openSqliteOnWorkers(file),
  holdWriteLock: () => holdSqliteWriteLock(file),
  slowRead: {
    // Every walk of up to four hops in a complete graph of 40: seconds for SQLite's path walk.
    prepare: async (store) => {
      await store.upsertArticle(denseGraphBatch(40));
    },
    run: (store) => store.paths(denseCountryId(0), denseCountryId(1), { maxHops: 4, first: 20 }),
  },
});
