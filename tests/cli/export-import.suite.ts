import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { exportGraph } from '../../src/cli/export-command';
import { importGraph } from '../../src/cli/import-command';
import { newChangeStamp } from '../../src/domain/change';
import type { Relation } from '../../src/domain/relation';
import type { GraphStore } from '../../src/store/graph-store';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { FIRST, SECOND } from '../support/fixtures';
import { memoryLogger, SEED_DIR } from '../support/test-server';
import { testExtractor } from '../support/nlp';
import { openMemorySqlite } from '../support/sqlite';
import { expectEntityTotalsCounted, expectKindStatsCounted } from '../store/stats-oracle';

const quiet = () => new PassThrough();

/** Everything the store holds, relations with their counts included, in a fixed order. */
export async function wholeGraph(store: GraphStore) {
  const relations: Relation[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.relations({}, { first: 100, offset });
    relations.push(...page.items);
    if (relations.length >= page.totalCount) break;
  }
  relations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...(await store.dump()), relations };
}

/** The store as one that cannot load in bulk: an import writes it transaction by transaction. */
export function withoutBulkLoad(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get: (target, key) => (key === 'loadInBulk' ? undefined : Reflect.get(target, key, target)),
  });
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

    test('says how many lines it has read while it stages a long file, before any article is written', async () => {
      const source = await seededSqlite();
      const file = join(folder, 'graph.ndjson');
      await exportGraph(source, { format: 'ndjson', target: file }, quiet());
      await source.close();
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n').length;

      const target = await openEmptyStore();
      try {
        const report = new PassThrough();
        let said = '';
        report.on('data', (chunk: Buffer) => (said += chunk.toString()));
        await importGraph(target, file, report, undefined, 10);
        const reads = said.split('\n').filter((line) => line.includes('lines read'));
        expect(reads.slice(0, 2)).toEqual(['  10 lines read', '  20 lines read']);
        expect(reads).toHaveLength(Math.floor(lines / 10) + 1);
        expect(reads.at(-1)).toBe(`  ${lines} lines read and checked; sorting them by article`);
        expect(said.indexOf(reads.at(-1)!)).toBeLessThan(said.indexOf(' articles\n'));
      } finally {
        await target.close();
      }
    });

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

    test('an import many articles per transaction, in bulk where the store can, builds the graph that writing article by article builds', async () => {
      // A news-like graph: hub entities whose relations every transaction touches again.
      const file = join(folder, 'news.ndjson');
      const { claims } = writeScaleGraph(file, 300, 12);
      const byArticle = await openEmptyStore();
      let expected;
      try {
        // One claim per transaction closes each transaction after its first article; each
        // transaction rebuilds its relations and keeps every index and count up to date.
        await importGraph(withoutBulkLoad(byArticle), file, quiet(), 1);
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
        await expectKindStatsCounted(bulk);
        await expectEntityTotalsCounted(bulk);
      } finally {
        await bulk.close();
      }
    }, 180_000);

    test('verdicts travel with their claims: a WRONG claim is exported flagged, and the import judges it again', async () => {
      const source = await openMemorySqlite();
      for (const article of [FIRST, SECOND])
        await source.upsertArticle(annotatedArticleToBatch(article));
      const claims = annotatedArticleToBatch(SECOND).claims;
      const wrong = claims.find((claim) => claim.predicate === 'SANCTIONS')!;
      const correct = claims.find((claim) => claim !== wrong)!;
      const at = (hour: number) => new Date(Date.UTC(2026, 0, 2, hour));
      await source.reviewClaim(wrong.id, 'WRONG', newChangeStamp('Ada', 'no such sanction', at(1)));
      await source.reviewClaim(correct.id, 'CORRECT', newChangeStamp('Ada', null, at(2)));
      const answers = async (store: GraphStore) => ({
        graph: await wholeGraph(store),
        rejected: await store.claims({ includeRejected: true }, { first: 100, offset: 0 }),
        reviews: await store.claimReviews([wrong.id, correct.id]),
      });
      const expected = await answers(source);
      const first = join(folder, 'first.ndjson');
      await exportGraph(source, { format: 'ndjson', target: first }, quiet());
      await source.close();

      const lines = readFileSync(first, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; data: Record<string, unknown> });
      const claimLines = lines.filter((line) => line.type === 'claim').map((line) => line.data);
      expect(claimLines).toHaveLength(expected.rejected.totalCount);
      const lineOf = (id: string) => claimLines.find((data) => data['id'] === id)!;
      expect(lineOf(wrong.id)['review']).toEqual({
        verdict: 'WRONG',
        note: 'no such sanction',
        editor: 'Ada',
        at: at(1).toISOString(),
      });
      expect(lineOf(correct.id)['review']).toMatchObject({ verdict: 'CORRECT', note: null });
      expect(claimLines.filter((data) => 'review' in data)).toHaveLength(2);

      const target = await openEmptyStore();
      try {
        await importGraph(target, first, quiet());
        expect(await answers(target)).toEqual(expected);
        const second = join(folder, 'second.ndjson');
        await exportGraph(target, { format: 'ndjson', target: second }, quiet());
        expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
        const again = new PassThrough();
        let said = '';
        again.on('data', (chunk: Buffer) => (said += chunk.toString()));
        await importGraph(target, first, again);
        expect(said).toContain('0 changed, 2 already up to date; 2 verdicts, 0 changed');
      } finally {
        await target.close();
      }
    });

    test('a claim line whose review has no valid verdict is refused before anything is written', async () => {
      const source = await openMemorySqlite();
      await source.upsertArticle(annotatedArticleToBatch(FIRST));
      const file = join(folder, 'bad-verdict.ndjson');
      await exportGraph(source, { format: 'ndjson', target: file }, quiet());
      await source.close();
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      const at = lines.findIndex((line) => line.startsWith('{"type":"claim"'));
      const claim = JSON.parse(lines[at]!) as { data: Record<string, unknown> };
      claim.data['review'] = { verdict: 'MAYBE', note: null, editor: 'Ada', at: '2026-01-02' };
      lines[at] = JSON.stringify(claim);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const target = await openEmptyStore();
      try {
        await expect(importGraph(target, file, quiet())).rejects.toThrow(
          `Line ${at + 1} is a claim whose review has the verdict "MAYBE"; use CORRECT or WRONG.`,
        );
        expect((await target.stats(0)).articles).toBe(0);
      } finally {
        await target.close();
      }
    });

    test('two lines bearing the same claim id are refused with their line numbers, before anything is written', async () => {
      const file = join(folder, 'repeated.ndjson');
      writeScaleGraph(file, 30, 3);
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      const claim = lines.findIndex((line) => line.startsWith('{"type":"claim"'));
      const id = (JSON.parse(lines[claim]!) as { data: { id: string } }).data.id;
      writeFileSync(file, [...lines, lines[claim]].join('\n'));
      const target = await openEmptyStore();
      try {
        await expect(importGraph(target, file, quiet())).rejects.toThrow(
          `Lines ${claim + 1} and ${lines.length + 1} are both the claim ${id}`,
        );
        expect((await target.stats(0)).articles).toBe(0);
      } finally {
        await target.close();
      }
    });

    test('a claim line repeated right after itself, ids otherwise in order, is refused with both line numbers', async () => {
      const file = join(folder, 'repeated-in-order.ndjson');
      writeScaleGraph(file, 30, 3);
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      const claim = lines.findIndex((line) => line.startsWith('{"type":"claim"'));
      const id = (JSON.parse(lines[claim]!) as { data: { id: string } }).data.id;
      lines.splice(claim + 1, 0, lines[claim]!);
      writeFileSync(file, lines.join('\n'));
      const target = await openEmptyStore();
      try {
        await expect(importGraph(target, file, quiet())).rejects.toThrow(
          `Lines ${claim + 1} and ${claim + 2} are both the claim ${id}`,
        );
        expect((await target.stats(0)).articles).toBe(0);
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
