import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteOnWorkers } from '../support/sqlite';
import { holdSqliteWriteLock } from '../support/write-locks';
import { defineRequestDeadlineSuite } from './request-deadline.suite';

const folder = mkdtempSync(join(tmpdir(), 'kg-deadline-'));
const file = join(folder, 'kg.sqlite');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

defineRequestDeadlineSuite('SQLite on worker processes', {
  openStore: () => openSqliteOnWorkers(file),
  holdWriteLock: () => holdSqliteWriteLock(file),
  // No read through the port runs long on SQLite any more (walks read only the index ranges
  // they cross, issue 12): the write held behind a lock below still outlasts the deadline, and
  // its worker is killed as a long read's would be.
  slowRead: null,
});
