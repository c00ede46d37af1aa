import neo4j from 'neo4j-driver';
import { join } from 'node:path';
import { runNeo4jAdmin } from '../scripts/neo4j/neo4j-admin';
import { startNeo4j, stopNeo4j } from '../scripts/neo4j/neo4j-server';
import { Neo4jGraphStore } from '../src/store/neo4j/neo4j-graph-store';
import type { StoreUnderTest } from './query-bench';

/**
 * The bench's own Neo4j (own folder and port, 7696 unless
 * KG_BENCH_NEO4J_PORT says otherwise), so that emptying it between rounds
 * never touches a graph someone keeps in the default server.
 */
const BENCH_SERVER = {
  home: join(__dirname, '../../data/neo4j-bench'),
  port: Number(process.env['KG_BENCH_NEO4J_PORT'] || 7696),
  log: () => undefined,
};

/** Memory of the bench's Neo4j when this start launches it (a running one is kept as it is). */
export interface BenchNeo4jMemory {
  /** JVM heap; default KG_NEO4J_HEAP, else 512m. */
  readonly heap?: string;
  /** Page cache; default KG_NEO4J_PAGECACHE, else 128m. */
  readonly pageCache?: string;
}

/** Stops the bench's Neo4j, whoever started it: offline neo4j-admin commands need it stopped. */
export function stopBenchNeo4j(): Promise<void> {
  return stopNeo4j(BENCH_SERVER);
}

/** `neo4j-admin <args>` on the bench's Neo4j folder; its output goes to `output`. */
export function benchNeo4jAdmin(
  args: readonly string[],
  output: (chunk: string) => void,
): Promise<number> {
  return runNeo4jAdmin(args, { home: BENCH_SERVER.home, log: () => undefined, output });
}

export async function startBenchNeo4j(memory: BenchNeo4jMemory = {}): Promise<{
  subject: StoreUnderTest;
  /** Where it listens, for a service started in another process. */
  uri: string;
  /** Deletes every node. */
  empty(): Promise<void>;
  stop(): Promise<void>;
}> {
  const { uri, alreadyRunning } = await startNeo4j({ ...BENCH_SERVER, ...memory });
  const admin = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''));
  return {
    uri,
    empty: async () => {
      await admin.executeQuery('MATCH (n) DETACH DELETE n');
    },
    subject: {
      name: 'neo4j',
      open: async () => {
        // In batches: a graph of 10,000 articles outgrows one transaction's memory. Relationships
        // go first: 5,000 nodes detached at once hold every relationship of the hubs among them,
        // which at 100k claims passed the 1g heap's transaction memory (MemoryLimitExceeded).
        const session = admin.session();
        try {
          await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
          await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
        } finally {
          await session.close();
        }
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
