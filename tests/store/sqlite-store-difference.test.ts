import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { storeDifference } from '../../src/store/sqlite/sqlite-store-difference';
import { FIRST } from '../support/fixtures';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';

describe('storeDifference: what two SQLite stores hold, compared', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-difference-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** Two stores holding the same article, written alike. */
  const twoStores = async () => {
    const files = ['a.sqlite', 'b.sqlite'].map((name) => join(folder, name));
    for (const file of files) {
      const store = new SqliteGraphStore(file);
      await store.migrate();
      // One ingestion time for both: the store stamps the time of the write otherwise.
      const batch = annotatedArticleToBatch(FIRST);
      await store.upsertArticle({
        ...batch,
        article: { ...batch.article, ingestedAt: '2025-03-02T10:00:00.000Z' },
      });
      await store.close();
    }
    return files as [string, string];
  };
  const changed = (file: string, sql: string) => {
    const db = new Database(file);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  };

  test('two stores written alike are the same', async () => {
    const [a, b] = await twoStores();
    expect(storeDifference(a, b)).toBeNull();
  });

  test('a row changed in one table is named with its table', async () => {
    const [a, b] = await twoStores();
    changed(b, 'UPDATE claims SET confidence = 0.123 WHERE rowid = 1');
    expect(storeDifference(a, b)).toMatch(/^table claims, row \d+ in sorted order/);
  });

  test('a full-text index that differs while the tables agree is named', async () => {
    const [a, b] = await twoStores();
    changed(
      b,
      "INSERT INTO claims_fts (claims_fts, rowid, sentence) SELECT 'delete', rowid, sentence FROM claims WHERE rowid = 1",
    );
    expect(storeDifference(a, b)).toMatch(/^claims_fts, row \d+/);
  });

  test('an index missing from one is named as a schema difference', async () => {
    const [a, b] = await twoStores();
    changed(b, 'DROP INDEX claims_by_subject');
    expect(storeDifference(a, b)).toMatch(/^the schema/);
  });
});
