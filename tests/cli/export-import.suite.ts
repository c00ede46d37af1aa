import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { exportGraph } from '../../src/cli/export-command';
import { importGraph } from '../../src/cli/import-command';
import type { GraphStore } from '../../src/store/graph-store';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { FIRST, SECOND } from '../support/fixtures';
import { memoryLogger, SEED_DIR } from '../support/test-server';
import { testExtractor } from '../support/nlp';
import { openMemorySqlite } from '../support/sqlite';

const quiet = () => new PassThrough();

async function seededSqlite(): Promise<GraphStore> {
  const store = await openMemorySqlite();
  await loadSeedIfEmpty(store, SEED_DIR, memoryLogger(), await testExtractor());
  for (const article of [FIRST, SECOND])
    await store.upsertArticle(annotatedArticleToBatch(article));
  return store;
}

/** Moving a graph from SQLite to another store through `kg export` and `kg import`. */
export function defineExportImportSuite(
  name: string,
  openEmptyStore: () => Promise<GraphStore>,
): void {
  describe(`kg export | kg import into ${name}`, () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'kg-export-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    test('SQLite → NDJSON → store → NDJSON gives the same file, and importing twice changes nothing', async () => {
      const source = await seededSqlite();
      const first = join(folder, 'first.ndjson');
      await exportGraph(source, { format: 'ndjson', target: first }, quiet());
      await source.close();

      const target = await openEmptyStore();
      try {
        await importGraph(target, first, quiet());
        const again = new PassThrough();
        let said = '';
        again.on('data', (chunk: Buffer) => (said += chunk.toString()));
        await importGraph(target, first, again);
        expect(said).toContain('0 changed, 3 already up to date');
        const second = join(folder, 'second.ndjson');
        await exportGraph(target, { format: 'ndjson', target: second }, quiet());
        expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
      } finally {
        await target.close();
      }
    });

    test('a broken line is refused with its line number, and nothing of the file is half-imported', async () => {
      const file = join(folder, 'broken.ndjson');
      writeFileSync(file, '{"type":"article","data":{}}\nnot json\n');
      const target = await openEmptyStore();
      try {
        await expect(importGraph(target, file, quiet())).rejects.toThrow('Line 2 is not JSON');
        expect((await target.stats(0)).articles).toBe(0);
      } finally {
        await target.close();
      }
    });
  });
}
