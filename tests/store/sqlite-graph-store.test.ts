import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { FIRST } from '../support/fixtures';
import { defineGraphStoreContract } from './graph-store.contract';
import { openMemorySqlite } from '../support/sqlite';

defineGraphStoreContract('SqliteGraphStore', openMemorySqlite);

describe('SqliteGraphStore on a file', () => {
  test('keeps its content across a reopen and does not migrate twice', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kg-sqlite-'));
    try {
      const file = join(folder, 'kg.sqlite');
      const first = new SqliteGraphStore(file);
      await first.migrate();
      await first.upsertArticle(annotatedArticleToBatch(FIRST));
      const before = await first.dump();
      await first.close();
      const second = new SqliteGraphStore(file);
      await second.migrate();
      expect(await second.dump()).toEqual(before);
      await second.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
