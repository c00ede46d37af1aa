import neo4j from 'neo4j-driver';
import { join } from 'node:path';
import { startNeo4j, stopNeo4j } from '../scripts/neo4j/neo4j-server';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import type { StoreUnderTest } from './query-bench';

/**
 * The bench's own Neo4j (own folder and port), so that emptying it between
 * rounds never touches a graph someone keeps in the default server.
 */
const BENCH_SERVER = {
  home: join(__dirname, '../../data/neo4j-bench'),
  port: 7696,
  log: () => undefined,
};

export async function startBenchNeo4j(): Promise<{
  subject: StoreUnderTest;
  stop(): Promise<void>;
}> {
  const { uri, alreadyRunning } = await startNeo4j(BENCH_SERVER);
  const admin = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  return {
    subject: {
      name: 'neo4j',
      open: async () => {
        await admin.executeQuery('MATCH (n) DETACH DELETE n');
        const store = new Neo4jGraphStore({
          uri,
          user: 'neo4j',
          password: '',
          database: undefined,
        });
        await store.migrate();
        return store;
      },
    },
    stop: async () => {
      await admin.close();
      if (!alreadyRunning) await stopNeo4j(BENCH_SERVER);
    },
  };
}
