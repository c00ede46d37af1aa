import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { GraphStore } from '../src/store/graph-store';
import { startBenchServer } from './bench-server';
import { percentile } from './percentile';

/** Clients polling at once, as the widgets of a wall of dashboards do. */
const CLIENTS = 8;
const DURATION_MS = 15_000;

const COUNTS = '{ key count }';
const STATS = `articles entities claims relations entitiesByKind ${COUNTS}
  claimsByPredicate ${COUNTS} claimsByModality ${COUNTS} articlesByPublisher ${COUNTS}
  mostConnected { degree entity { id name kind } }`;

/** The dashboard bench's widgets (dashboard-bench.ts QUERIES) as GraphQL requests. */
const WIDGETS: readonly { readonly name: string; readonly query: string }[] = [
  {
    name: 'timeline by modality, all claims',
    query:
      '{ timeline(bucket: DAY, by: MODALITY, time: EVENT, first: 1000) { truncated buckets { start key count } } }',
  },
  {
    name: 'stats of an entity over a period',
    query: `{ stats(filter: { entityId: "country:russia", from: "2015-01-01", to: "2019-12-31" }) { ${STATS} } }`,
  },
  {
    name: 'stats of kinds (PERSON)',
    query: `{ stats(filter: { kinds: [PERSON] }) { ${STATS} } }`,
  },
  {
    name: 'contested relations, first 20',
    query:
      '{ relations(filter: { contested: true }, first: 20) { totalCount edges { node { id claimCount supporting denying } } } }',
  },
  {
    name: 'sources of the top 20 relations',
    query:
      '{ relations(first: 20) { edges { node { id independentSources sources(first: 10, claimsEach: 3) { kind claimCount claims { id sentence } } } } } }',
  },
];

export interface WallFigures {
  readonly store: string;
  readonly clients: number;
  readonly seconds: number;
  /** Milliseconds per request, by widget name. */
  readonly samples: ReadonlyMap<string, readonly number[]>;
  /** The 1-minute load average at the end of the run. */
  readonly load: number;
}

async function post(url: string, query: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`dashboard wall: ${body.errors[0]!.message}`);
}

/**
 * A wall of widgets over the real HTTP server: CLIENTS clients at once, each
 * polling every widget in turn (starting at a different one, so that all
 * widgets run side by side) for DURATION_MS, on an already populated store.
 */
export async function runDashboardWall(storeName: string, store: GraphStore): Promise<WallFigures> {
  const server = await startBenchServer(store);
  try {
    for (const widget of WIDGETS) await post(server.url, widget.query);
    const samples = new Map<string, number[]>(WIDGETS.map((widget) => [widget.name, []]));
    const start = performance.now();
    const end = start + DURATION_MS;
    const client = async (first: number) => {
      for (let i = first; performance.now() < end; i += 1) {
        const widget = WIDGETS[i % WIDGETS.length]!;
        const begun = performance.now();
        await post(server.url, widget.query);
        samples.get(widget.name)!.push(performance.now() - begun);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    const seconds = (performance.now() - start) / 1000;
    return { store: storeName, clients: CLIENTS, seconds, samples, load: loadavg()[0]! };
  } finally {
    await server.stop();
  }
}

export function formatDashboardWall(f: WallFigures): string {
  const lines = [...f.samples].map(
    ([name, times]) =>
      `  ${f.store.padEnd(7)} ${name.padEnd(34)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms` +
      `  p99 ${percentile(times, 0.99).toFixed(1).padStart(7)} ms` +
      `  ${(times.length / f.seconds).toFixed(1).padStart(6)} requests/s`,
  );
  const total = [...f.samples.values()].reduce((sum, times) => sum + times.length, 0);
  return (
    `  ${f.store.padEnd(7)} wall of widgets: ${f.clients} clients at once over HTTP for ${f.seconds.toFixed(0)} s,` +
    ` ${(total / f.seconds).toFixed(1)} requests/s in all (load average ${f.load.toFixed(2)})\n` +
    `${lines.join('\n')}\n`
  );
}
