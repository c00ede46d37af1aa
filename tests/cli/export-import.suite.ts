import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { exportGraph } from '../../src/cli/export-command';
import { importGraph } from '../../src/cli/import-command';
import type { Relation } from '../../src/domain/relation';
import type { GraphStore } from '../../src/store/graph-store';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { FIRST, SECOND } from '../support/fixtures';
import { memoryLogger, SEED_DIR } from '../support/test-server';
import { testExtractor } from '../support/nlp';
import { openMemorySqlite } from '../support/sqlite';

const quiet = () => new PassThrough();

/** Everything the store holds, relations with their counts included, in a fixed order. */
async function wholeGraph(store: GraphStore) {
  const relations: Relation[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.relations({}, { first: 100, offset });
    relations.push(...page.items);
    if (relations.length >= page.totalCount) break;
  }
  relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...(await store.dump()), relations };
}

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

    test('an import many articles per transaction builds the graph that writing article by article builds', async () => {
      // A news-like graph: hub entities whose relations every transaction touches again.
      const file = join(folder, 'news.ndjson');
      const { claims } = writeScaleGraph(file, 300, 12);
      const byArticle = await openEmptyStore();
      let expected;
      try {
        // One claim per transaction closes each transaction after its first article.
        await importGraph(byArticle, file, quiet(), 1);
        expected = await wholeGraph(byArticle);
      } finally {
        await byArticle.close();
      }
      const bulk = await openEmptyStore();
      try {
        await importGraph(bulk, file, quiet(), Math.ceil(claims / 3));
        const graph = await wholeGraph(bulk);
        expect(graph.claims).toHaveLength(claims);
        // Relations gathering claims of several articles, likely written by different transactions.
        expect(graph.relations.filter((r) => r.claimCount > 1).length).toBeGreaterThan(5);
        expect(graph).toEqual(expected);
      } finally {
        await bulk.close();
      }
    }, 180_000);

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
