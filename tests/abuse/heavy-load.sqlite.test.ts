import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteOnWorkers } from '../support/sqlite';
import { holdSqliteWriteLock } from '../support/write-locks';
import { defineHeavyLoadSuite } from './heavy-load.suite';

const folder = mkdtempSync(join(tmpdir(), 'kg-heavy-load-'));
const file = join(folder, 'kg.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

defineHeavyLoadSuite('SQLite', {
  openStore: () => openSqliteOnWorkers(file),
  holdWriteLock: () => holdSqliteWriteLock(file),
  // No query within the budget runs long on SQLite any more (walks read only the index ranges
  // they cross, issue 12), as on Neo4j.
  slow: null,
});
