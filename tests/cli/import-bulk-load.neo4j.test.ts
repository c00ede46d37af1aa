import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { importGraph } from '../../src/cli/import-command';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { ALL_RELATIONS } from '../../src/store/neo4j/neo4j-vocabulary';
import { FIRST, SECOND } from '../support/fixtures';
import { describeWithNeo4j } from '../support/neo4j';
import { pictureOf } from '../support/neo4j-picture';
import { withoutBulkLoad } from './export-import.suite';

const quiet = () => new PassThrough();

/** A news-like graph (hub entities whose relations most transactions touch), and more lines. */
function newsFile(folder: string, extraLines: readonly string[] = []): string {
  const file = join(folder, 'news.ndjson');
  writeScaleGraph(file, 300, 12);
  writeFileSync(file, readFileSync(file, 'utf8') + extraLines.map((line) => `${line}\n`).join(''));
  return file;
}

describeWithNeo4j('kg import into an empty Neo4j, in bulk', (neo4j) => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const picture = () => pictureOf((text) => neo4j.query(text));

  /** The graph importing `file` one article per transaction, without a bulk load, leaves. */
  async function writtenArticleByArticle(file: string) {
    const store = await neo4j.openEmptyStore();
    try {
      await importGraph(withoutBulkLoad(store), file, quiet(), 1).catch(() => undefined);
    } finally {
      await store.close();
    }
    return picture();
  }

  test('builds, node for node and property for property, the graph that writing article by article builds', async () => {
    const file = newsFile(folder);
    const expected = await writtenArticleByArticle(file);
    const store = await neo4j.openEmptyStore();
    try {
      await importGraph(store, file, quiet(), 100);
    } finally {
      await store.close();
    }
    expect(await picture()).toEqual(expected);
  }, 180_000);

  test('writes relations and counts once, when the load ends, not in its transactions', async () => {
    const store: GraphStore = await neo4j.openEmptyStore();
    const all = { first: 100, offset: 0 };
    try {
      const during = await store.loadInBulk!(async () => {
        await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
        return {
          relations: (await store.relations({}, all)).totalCount,
          claims: (await store.claims({}, all)).totalCount,
        };
      });
      expect(during.relations).toBe(0);
      expect(during.claims).toBeGreaterThan(0);
      expect((await store.relations({}, all)).totalCount).toBeGreaterThan(0);
      expect(await neo4j.query('MATCH (u:UnfinishedBulkLoad) RETURN u')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  test("says each step of the load's end as it starts, after every article is given", async () => {
    const file = newsFile(folder);
    const store = await neo4j.openEmptyStore();
    const report = new PassThrough();
    let said = '';
    report.on('data', (chunk: Buffer) => (said += chunk.toString()));
    try {
      await importGraph(store, file, report, 100);
    } finally {
      await store.close();
    }
    const lines = said.split('\n');
    const given = lines.findIndex((line) => line.includes('every article given to the store'));
    expect(lines.slice(given + 1, given + 4)).toEqual([
      '  every relation from its claims',
      '  the degrees of the entities, the counts per day, per entity (and predicate), per start of a period and per day of storage',
      '  the indexes and constraints, and the counts per kind',
    ]);
  }, 180_000);

  test('builds the indexes that back no constraint, and those of claim and mention ids, when the load ends, not in its transactions', async () => {
    const indexes = async () =>
      (await neo4j.query('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).map(
        (row) => `${String(row['name'])} ${String(row['state'])}`,
      );
    const store = await neo4j.openEmptyStore();
    try {
      const before = await indexes();
      expect(before).toContain('claim_predicate ONLINE');
      const during = await store.loadInBulk(async () => {
        await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
        return indexes();
      });
      expect(during).not.toContain('claim_predicate ONLINE');
      expect(during).not.toContain('claim_id ONLINE');
      expect(during).not.toContain('mention_id ONLINE');
      expect(during).toEqual(expect.arrayContaining(['article_id ONLINE', 'entity_id ONLINE']));
      expect(await indexes()).toEqual(before);
    } finally {
      await store.close();
    }
  });

  test('an import that fails in the middle leaves what it wrote whole, relations and counts included', async () => {
    // An article sorting among the others (they are written in id order) naming an entity no
    // line gives: its transaction fails.
    const broken = {
      type: 'article',
      data: {
        id: 'article:8',
        title: 'Broken',
        url: null,
        publisher: null,
        language: 'en',
        publishedAt: '2022-02-01',
        ingestedAt: '2026-03-01T10:00:00.000Z',
        text: 'Nobody said so.',
      },
    };
    const mention = {
      type: 'mention',
      data: {
        id: 'mention:8',
        articleId: 'article:8',
        entityId: 'person:nobody',
        surface: 'Nobody',
        span: { start: 0, end: 6 },
        sentenceSpan: { start: 0, end: 15 },
      },
    };
    const file = newsFile(folder, [JSON.stringify(broken), JSON.stringify(mention)]);
    const expected = await writtenArticleByArticle(file);
    expect(expected.nodes.some((node) => node.startsWith('Article '))).toBe(true);
    const store = await neo4j.openEmptyStore();
    try {
      await expect(importGraph(store, file, quiet(), 1)).rejects.toThrow(/person:nobody/);
    } finally {
      await store.close();
    }
    expect(await picture()).toEqual(expected);
  }, 180_000);

  /**
   * What a load killed before its end leaves: its claims without what is derived from them, and
   * the mark naming its loader (`loader`: the mark's properties, none for an older kg's mark).
   */
  async function stopLoadBeforeItsEnd(loader: Record<string, unknown> = {}): Promise<void> {
    await neo4j.query(`MATCH ()-[r:${ALL_RELATIONS}]->() DELETE r`);
    await neo4j.query(
      'MATCH (x:SourceSummary|Value|ClaimDayCount|ClaimKindCount|RelationKindCount|ArticleKindCount) DETACH DELETE x',
    );
    await neo4j.query('MATCH (e:Entity) REMOVE e.degree, e.degreeRank');
    await neo4j.query('DROP INDEX claim_predicate');
    await neo4j.query('CREATE (u:UnfinishedBulkLoad) SET u = $loader', { loader });
  }

  /** Opens the store as `kg serve` does (openStore: migrate), and what it said meanwhile. */
  async function openAsTheService(): Promise<string> {
    let said = '';
    const store = new Neo4jGraphStore({
      ...neo4j.target,
      progress: (line) => (said += `${line}\n`),
    });
    try {
      await store.migrate();
    } finally {
      await store.close();
    }
    return said;
  }

  test('a bulk load that stopped before its end is finished by the next kg import, of any file', async () => {
    const file = newsFile(folder);
    const expected = await writtenArticleByArticle(file);
    await stopLoadBeforeItsEnd();
    const empty = join(folder, 'empty.ndjson');
    writeFileSync(empty, '');
    const store = new Neo4jGraphStore(neo4j.target);
    try {
      await importGraph(store, empty, quiet());
    } finally {
      await store.close();
    }
    expect(await picture()).toEqual(expected);
  }, 180_000);

  test('a service opened on a bulk load whose kg import stopped finishes it before it answers (issue 12)', async () => {
    const file = newsFile(folder);
    const expected = await writtenArticleByArticle(file);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await stopLoadBeforeItsEnd({ host: hostname(), pid: gone, startedAt: '2026-03-01T10:00:00Z' });
    const said = await openAsTheService();
    expect(await picture()).toEqual(expected);
    expect(said).toContain(`pid ${gone} on ${hostname()}) that stopped before its end: finishing`);
    expect(said).toContain('the bulk load is finished');
  }, 180_000);

  test('a finish that failed at an opening is taken up by the next opening of the same process', async () => {
    const store = await neo4j.openEmptyStore();
    await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
    await store.close();
    const expected = await picture();
    await stopLoadBeforeItsEnd({
      host: hostname(),
      pid: spawnSync(process.execPath, ['-e', '']).pid,
    });
    // A claim no relation can be built from (its predicate is not in the vocabulary): the finish fails.
    await neo4j.query(
      "MATCH (c:Claim) WITH c LIMIT 1 SET c.predicate = 'NOT_A_PREDICATE', c.kept = c.predicate",
    );
    await expect(openAsTheService()).rejects.toThrow(/NOT_A_PREDICATE/);
    await neo4j.query(
      'MATCH (c:Claim) WHERE c.kept IS NOT NULL SET c.predicate = c.kept REMOVE c.kept',
    );
    expect(await openAsTheService()).toContain('that stopped before its end: finishing');
    expect(await picture()).toEqual(expected);
  });

  test('a service opened while a kg import of this machine loads leaves the load, and its counts, to it', async () => {
    const store = await neo4j.openEmptyStore();
    await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
    await store.close();
    await stopLoadBeforeItsEnd({ host: hostname(), pid: process.pid });
    const said = await openAsTheService();
    expect(await neo4j.query(`MATCH ()-[r:${ALL_RELATIONS}]->() RETURN r`)).toEqual([]);
    expect(await neo4j.query('MATCH (u:UnfinishedBulkLoad) RETURN u.pid AS pid')).toEqual([
      { pid: process.pid },
    ]);
    expect(said).toContain('Neo4j is being loaded in bulk');
    // Nor counted meanwhile: the load's end counts every claim.
    expect(await neo4j.query('MATCH (d:ClaimDayCount|ClaimKindCount) RETURN d')).toEqual([]);
  });

  test('a service opened on a bulk load of another machine says how to finish it, and leaves it', async () => {
    const store = await neo4j.openEmptyStore();
    await store.upsertArticles([FIRST, SECOND].map(annotatedArticleToBatch));
    await store.close();
    await stopLoadBeforeItsEnd({ host: `not-${hostname()}`, pid: process.pid });
    const said = await openAsTheService();
    expect(await neo4j.query(`MATCH ()-[r:${ALL_RELATIONS}]->() RETURN r`)).toEqual([]);
    expect(said).toContain('`kg import` of any file (an empty one will do) finishes it');
  });
});
