import { auth, driver } from 'neo4j-driver';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { importGraph } from '../src/cli/import-command';
import type { GraphStore } from '../src/store/graph-store';
import { startBenchServer } from './bench-server';
import { startBenchNeo4j } from './neo4j-subject';
import { writeScaleGraph } from './scale/scale-graph';
import { requestsInWindow } from './throughput';
import type { ScaleOperation } from './scale/scale-operations';
import { scaleOperations } from './scale/scale-operations';

/**
 * Issue 12 item 4: what a GraphQL request costs kg on Neo4j beyond its
 * statements (sessions, transactions, connections), on a graph small
 * enough to import in seconds, so that the fixed cost per request shows.
 * Two operations: a nested entity query (several batched store calls) and
 * a filtered claim list, each timed one at a time (p50 / p99) and then by
 * concurrent clients (requests per second).
 */

const CLAIMS = 20_000;
const SEED = 12;
const SEQUENTIAL_CALLS = 200;
const CLIENTS = 8;
const THROUGHPUT_MS = 10_000;
const OPERATIONS = ['entity with relations and claims, mid', 'claims filtered by predicate'];
const FOLDER = join(__dirname, '../../data/requests-bench');

const write = (text: string) => process.stdout.write(text);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function post(url: string, operation: ScaleOperation): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.kg.text, variables: operation.kg.params }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
}

async function sequential(url: string, operation: ScaleOperation): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < SEQUENTIAL_CALLS; i += 1) {
    const start = performance.now();
    await post(url, operation);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return `p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`;
}

async function throughput(url: string, operation: ScaleOperation): Promise<string> {
  const { requests, ms } = await requestsInWindow(
    () => post(url, operation),
    CLIENTS,
    THROUGHPUT_MS,
  );
  return `${((requests * 1000) / ms).toFixed(1)} requests/s`;
}

async function timedMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * The one-statement neighbourhood's planning cost: Neo4j caches a plan by
 * statement text, and only the centre and the limit are parameters, so the
 * first call after the caches are cleared plans and the calls after it,
 * on other centres, reuse the plan.
 */
async function neighbourhoodPlanning(
  store: GraphStore,
  uri: string,
  centres: readonly string[],
): Promise<string> {
  const admin = driver(uri, auth.basic('neo4j', ''));
  try {
    await admin.executeQuery('CALL db.clearQueryCaches()');
  } finally {
    await admin.close();
  }
  const times: string[] = [];
  for (const centre of centres) {
    const ms = await timedMs(() => store.neighborhood(centre, { depth: 2, limit: 100 }));
    times.push(`${ms.toFixed(0)} ms`);
  }
  return times.join(', ');
}

/** `npm run bench -- --requests`: Neo4j only (the fixed cost measured here is Neo4j's). */
export async function runRequestsBench(): Promise<void> {
  mkdirSync(FOLDER, { recursive: true });
  const file = join(FOLDER, `graph-${CLAIMS}-seed${SEED}.ndjson`);
  const graph = writeScaleGraph(file, CLAIMS, SEED);
  const operations = scaleOperations(graph).filter((op) => OPERATIONS.includes(op.name));
  const neo4j = await startBenchNeo4j();
  try {
    const store = await neo4j.subject.open();
    const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
    await importGraph(store, graph.file, quiet);
    const centres = [0, 1, 2, 3].map((rank) => graph.ranked.ORGANIZATION[50 * rank]!);
    write(
      `neighbourhood depth 2 through the store, query caches cleared, on ${centres.length} centres:` +
        ` ${await neighbourhoodPlanning(store, neo4j.uri, centres)} (load average ${load()})\n`,
    );
    const server = await startBenchServer(store);
    try {
      write(
        `requests on Neo4j, ${graph.claims} claims (seed ${SEED}), GraphQL over HTTP on loopback:` +
          ` ${SEQUENTIAL_CALLS} calls one at a time after a warm-up, then ${CLIENTS} clients for` +
          ` ${THROUGHPUT_MS / 1000} s\n`,
      );
      for (const operation of operations) {
        for (let i = 0; i < 20; i += 1) await post(server.url, operation);
        const one = await sequential(server.url, operation);
        const many = await throughput(server.url, operation);
        write(`  ${operation.name.padEnd(40)} ${one}; ${many} (load average ${load()})\n`);
      }
    } finally {
      await server.stop();
      await store.close();
    }
  } finally {
    await neo4j.stop();
  }
}
