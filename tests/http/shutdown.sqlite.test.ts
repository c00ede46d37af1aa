import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { defineShutdownSuite } from './shutdown.suite';

defineShutdownSuite('SQLite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-shutdown-'));
  const file = join(dataDir, 'kg.sqlite');
  return Promise.resolve({
    env: { KG_DATA_DIR: dataDir },
    openStore: () => Promise.resolve(new SqliteGraphStore(file)),
    checkFiles: () => {
      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    },
  });
});
