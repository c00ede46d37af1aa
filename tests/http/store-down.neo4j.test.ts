import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j, stopNeo4j } from '../../scripts/neo4j/neo4j-server';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { NEO4J_TARGET } from '../support/neo4j';
import type { TestServer } from '../support/test-server';
import { postGraphql, startTestServer } from '../support/test-server';

/**
 * Stops and restarts a real Neo4j under a running kg server. The server has
 * its own Neo4j (own folder and port), so the other Neo4j tests keep theirs.
 */
const describeIfNeo4j = NEO4J_TARGET === null ? describe.skip : describe;
const PORT = 7697;
const NEO4J_TIMEOUT_MS = 180_000;

describeIfNeo4j('with Neo4j stopped, the service stays up and recovers when it is back', () => {
  const home = mkdtempSync(join(tmpdir(), 'kg-neo4j-down-'));
  const options = { home, port: PORT, log: () => undefined };
  let server: TestServer;

  const stats = () =>
    postGraphql<{ stats: { articles: number } }>(server.url, '{ stats { articles } }');
  const health = async (path: string) => (await fetch(new URL(path, server.url))).status;

  beforeAll(async () => {
    const { uri } = await startNeo4j(options);
    const store = new Neo4jGraphStore({ uri, user: 'neo4j', password: '', database: undefined });
    await store.migrate();
    server = await startTestServer(store);
  }, NEO4J_TIMEOUT_MS);

  afterAll(async () => {
    await server?.close();
    await stopNeo4j(options);
    rmSync(home, { recursive: true, force: true });
  }, NEO4J_TIMEOUT_MS);

  test(
    'answers STORE_UNAVAILABLE and not-ready while Neo4j is down, then serves again without a restart',
    async () => {
      expect((await stats()).data).toEqual({ stats: { articles: 1 } });
      expect(await health('/health/ready')).toBe(200);

      await stopNeo4j(options);
      const down = await stats();
      expect(down.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect(down.errors?.[0]?.message).toContain('try again');
      expect(await health('/health/ready')).toBe(503);
      expect(await health('/health/live')).toBe(200);

      await startNeo4j(options);
      // The driver reconnects on the next request; nothing in the service is restarted.
      expect((await stats()).data).toEqual({ stats: { articles: 1 } });
      expect(await health('/health/ready')).toBe(200);
    },
    NEO4J_TIMEOUT_MS,
  );
});
