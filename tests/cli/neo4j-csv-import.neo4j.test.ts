import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runNeo4jAdmin } from '../../scripts/neo4j/neo4j-admin';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/neo4j-server';
import { exportGraph } from '../../src/cli/export-command';
import { compareText } from '../../src/domain/entity';
import { neo4jAdminImportArgs } from '../../src/export/neo4j-csv';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { describeWithNeo4j } from '../support/neo4j';
import { openMemorySqlite } from '../support/sqlite';
import { loadFixtures } from './graph-exports.suite';

const ALL = { first: 1000, offset: 0 };

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
  return { dump: await store.dump(), relations, counts };
}

// Gated like the Neo4j store tests (Java and Neo4j's jars at hand); the
// import goes to a Neo4j of its own, started here on a free port.
describeWithNeo4j('kg export --format neo4j-csv', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-neo4j-csv-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('neo4j-admin database import full builds, in a fresh Neo4j, the graph the store holds', async () => {
    const source = await openMemorySqlite();
    await loadFixtures(source);
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

    const port = await freePort();
    const { uri } = await startNeo4j({ home, port, log: () => undefined });
    const imported = new Neo4jGraphStore({ uri, user: 'neo4j', password: '', database: undefined });
    try {
      // The store's own schema (unique ids) holds on the imported graph.
      await imported.migrate();
      expect(await contentOf(imported)).toEqual(expected);
    } finally {
      await imported.close();
      await stopNeo4j({ home, port, log: () => undefined });
    }
  }, 300_000);
});
