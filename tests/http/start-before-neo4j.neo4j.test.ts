import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/neo4j-server';
import { RULES_EXTRACTOR_NAME } from '../../src/ingest/rules-extractor';
import { readConfig } from '../../src/server/config';
import { runServer } from '../../src/server/main';
import { NEO4J_TARGET } from '../support/neo4j';
import { postGraphql, SEED_DIR, TEST_EDITOR_KEY } from '../support/test-server';

/**
 * The composition root started before its Neo4j, as an orchestrator may
 * do: the service serves at once and becomes ready, schema and seed
 * included, when Neo4j comes up. Its own Neo4j (own folder and port), so
 * the other Neo4j tests keep theirs.
 */
const describeIfNeo4j = NEO4J_TARGET === null ? describe.skip : describe;
const PORT = 7698;
const NEO4J_TIMEOUT_MS = 240_000;

/** Asks until `check` holds; no bound on how fast, only on how often. */
async function eventually(check: () => Promise<boolean>, attempts = 240): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`still not true after ${attempts} attempts`);
}

describeIfNeo4j(
  'started while Neo4j is down, the service serves and sets itself up once Neo4j is up',
  () => {
    const home = mkdtempSync(join(tmpdir(), 'kg-neo4j-late-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-data-late-'));
    const neo4jOptions = { home, port: PORT, log: () => undefined };
    const uri = `bolt://127.0.0.1:${PORT}`;
    let server: Awaited<ReturnType<typeof runServer>> | undefined;

    afterAll(async () => {
      await server?.close();
      await stopNeo4j(neo4jOptions);
      rmSync(home, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }, NEO4J_TIMEOUT_MS);

    test(
      'live and not ready, STORE_UNAVAILABLE; then ready with its constraints and the seed, without a restart',
      async () => {
        server = await runServer(
          readConfig({
            NEO4J_URI: uri,
            PORT: '0',
            KG_DATA_DIR: dataDir,
            KG_SEED_DIR: SEED_DIR,
            KG_EDITOR_KEY: TEST_EDITOR_KEY,
            KG_LOG_LEVEL: 'silent',
            // What is tested is the store's start; the seed goes through the extractor that needs no analyser.
            KG_EXTRACTOR: RULES_EXTRACTOR_NAME,
          }),
        );
        const url = server.url;
        const health = async (path: string) => (await fetch(new URL(path, url))).status;
        const articles = () =>
          postGraphql<{ stats: { articles: number } }>(url, '{ stats { articles } }');

        expect(await health('/health/live')).toBe(200);
        expect(await health('/health/ready')).toBe(503);
        const down = await articles();
        expect(down.errors?.[0]?.extensions).toMatchObject({
          code: 'STORE_UNAVAILABLE',
          retryable: true,
        });

        await startNeo4j(neo4jOptions);
        await eventually(async () => (await health('/health/ready')) === 200);
        await eventually(async () => (await articles()).data?.stats.articles === 1);

        const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
        try {
          const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
          expect(records.map((r) => r.get('name') as string)).toContain('article_id');
        } finally {
          await driver.close();
        }
      },
      NEO4J_TIMEOUT_MS,
    );
  },
);
