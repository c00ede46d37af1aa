import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import neo4j from 'neo4j-driver';
import { runNeo4jAdmin } from '../../scripts/neo4j/neo4j-admin';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/neo4j-server';
import { exportGraph } from '../../src/cli/export-command';
import { compareText } from '../../src/domain/entity';
import { annotatedArticleToBatch } from '../../src/ingest/annotations/annotated-article-to-batch';
import { neo4jAdminImportArgs } from '../../src/export/neo4j-csv';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { describeWithNeo4j } from '../support/neo4j';
import { SECOND } from '../support/fixtures';
import { pictureOf } from '../support/neo4j-picture';
import { openMemorySqlite } from '../support/sqlite';
import { INGESTED, stamped } from '../store/evidence.contract';
import { loadFixtures } from './graph-exports.suite';

const ALL = { first: 1000, offset: 0 };
/**
 * Both stores' ingestion time: the counts per day compared include the ingestion day, which
 * would differ between the two if each store stamped its own write and the run crossed midnight.
 */
const INGESTED_AT = '2026-03-01T10:00:00.000Z';

/**
 * The fixtures, an article without claims, which the counts per kind
 * count under the empty set of kinds (src/store/neo4j/neo4j-kind-counts.ts),
 * and the articles of a contested relation, whose claims keep it
 * (src/store/neo4j/neo4j-contested-claims.ts).
 */
async function loadGraph(store: GraphStore): Promise<void> {
  await loadFixtures(store, INGESTED_AT);
  for (const [article] of INGESTED) await store.upsertArticle(stamped(article, INGESTED_AT));
  const quiet = annotatedArticleToBatch({
    ...SECOND,
    article: { ...SECOND.article, text: `${SECOND.article.text} Nothing more.` },
    claims: [],
  });
  await store.upsertArticle({ ...quiet, article: { ...quiet.article, ingestedAt: INGESTED_AT } });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What a graph holds, in terms every store answers the same way. */
async function contentOf(store: GraphStore) {
  const relations = [...(await store.relations({}, ALL)).items].sort((a, b) =>
    compareText(a.id, b.id),
  );
  const { mostConnected: _, ...counts } = await store.stats(0);
  const sources = await store.sourcesOfRelations(
    relations.map((r) => r.id),
    { first: 100, claimsEach: 20 },
  );
  const entities = (await store.dump()).entities;
  // Search reads what the store's writer derives from names (searchNames and its full-text index).
  const found = await Promise.all(
    entities.map(async (e) => (await store.findEntities({ text: e.name }, ALL)).items),
  );
  return { dump: await store.dump(), relations, counts, sources, found };
}

// Gated like the Neo4j store tests (Java and Neo4j's jars at hand); the
// import goes to a Neo4j of its own, started here on a free port.
describeWithNeo4j('kg export --format neo4j-csv', (boltNeo4j) => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-neo4j-csv-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('neo4j-admin database import full builds, in a fresh Neo4j, the graph the store holds and would write', async () => {
    const source = await openMemorySqlite();
    await loadGraph(source);
    const csv = join(folder, 'csv');
    const said = new PassThrough();
    let report = '';
    said.on('data', (chunk: Buffer) => (report += chunk.toString()));
    await exportGraph(source, { format: 'neo4j-csv', target: csv }, said);
    const expected = await contentOf(source);
    await source.close();
    expect(report).toContain(`neo4j-admin ${neo4jAdminImportArgs(csv).join(' ')}`);

    const home = join(folder, 'neo4j');
    let output = '';
    const code = await runNeo4jAdmin(neo4jAdminImportArgs(csv), {
      home,
      log: () => undefined,
      output: (chunk) => (output += chunk),
    });
    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    const importReport = readFileSync(join(csv, 'import.report'), 'utf8');
    expect(importReport).toBe('');

    // The same articles written by the Neo4j store itself, over Bolt.
    const written = await boltNeo4j.openEmptyStore();
    await loadGraph(written);
    await written.close();
    const writtenPicture = await pictureOf((text) => boltNeo4j.query(text));

    const port = await freePort();
    const { uri } = await startNeo4j({ home, port, log: () => undefined });
    const imported = new Neo4jGraphStore({ uri, user: 'neo4j', password: '', database: undefined });
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
      disableLosslessIntegers: true,
    });
    try {
      // Node for node and relationship for relationship what the store writes, before the store
      // touches it: nothing is left for its upgrade steps to fill in (which read a large graph in
      // one transaction).
      const importedPicture = await pictureOf(async (text) =>
        (await driver.executeQuery(text)).records.map((r) => r.toObject()),
      );
      expect(importedPicture).toEqual(writtenPicture);
      // The store's own schema (unique ids) holds on the imported graph.
      await imported.migrate();
      expect(await contentOf(imported)).toEqual(expected);
    } finally {
      await driver.close();
      await imported.close();
      await stopNeo4j({ home, port, log: () => undefined });
    }
  }, 300_000);
});
