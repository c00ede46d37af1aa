import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { denseCountryId, denseGraphBatch } from '../support/dense-graph';
import { openSqliteOnWorkers } from '../support/sqlite';
import { defineHeavyLoadSuite } from './heavy-load.suite';

const folder = mkdtempSync(join(tmpdir(), 'kg-heavy-load-'));
const file = join(folder, 'kg.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

defineHeavyLoadSuite('SQLite', {
  openStore: () => openSqliteOnWorkers(file),
  holdWriteLock: () => {
    // Another connection's write transaction: the store's writer waits for it.
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    return Promise.resolve(() => {
      other.exec('ROLLBACK');
      other.close();
      return Promise.resolve();
    });
  },
  slow: {
    // Every walk of up to four hops in a complete graph of 40: SQLite's path walk takes seconds.
    prepare: async (store) => {
      await store.upsertArticle(denseGraphBatch(40));
    },
    query: `{ paths(fromId: "${denseCountryId(0)}", toId: "${denseCountryId(1)}", maxHops: 4, first: 20) {
      steps { forward relation { id } } } }`,
  },
});
