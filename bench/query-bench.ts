import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { createLogger } from '../src/server/logger';
import type { Extractor } from '../src/ingest/extractor';
import { startKgServer } from '../src/server/create-server';
import { EXAMPLE_OPERATIONS } from '../src/server/example-operations';
import { loadSeedIfEmpty } from '../src/server/load-seed';
import type { GraphStore } from '../src/store/graph-store';

export interface StoreUnderTest {
  readonly name: string;
  /** A fresh, empty, migrated store. */
  open(): Promise<GraphStore>;
}

export interface QueryFigures {
  readonly store: string;
  /** Median milliseconds to load the seed into an empty store. */
  readonly seedLoadMs: number;
  /** Median milliseconds per example operation, over HTTP, by operation name. */
  readonly queryMs: ReadonlyMap<string, number>;
}

const SEED_DIR = resolve(__dirname, '../../seed');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Seed loading and the eight questions' operations, measured on one store.
 * The seed is read by `extractor`, as the server reads it on first start.
 */
export async function runQueryBench(
  subject: StoreUnderTest,
  rounds: number,
  extractor: Extractor,
): Promise<QueryFigures> {
  const silent = createLogger('silent');
  const loads: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(rounds / 4)); i += 1) {
    const store = await subject.open();
    loads.push(await timed(() => loadSeedIfEmpty(store, SEED_DIR, silent, extractor)));
    await store.close();
  }
  const store = await subject.open();
  await loadSeedIfEmpty(store, SEED_DIR, silent, extractor);
  const server = await startKgServer({
    store,
    extractor,
    editorKey: 'bench',
    log: silent,
    host: '127.0.0.1',
    port: 0,
  });
  const queryMs = new Map<string, number>();
  try {
    for (const operation of EXAMPLE_OPERATIONS) {
      const post = () =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
        }).then((response) => response.json());
      await post(); // warm-up: plans, caches, JIT
      const samples: number[] = [];
      for (let i = 0; i < rounds; i += 1) samples.push(await timed(post));
      queryMs.set(operation.name, median(samples));
    }
  } finally {
    await server.stop();
    await store.close();
  }
  return { store: subject.name, seedLoadMs: median(loads), queryMs };
}
