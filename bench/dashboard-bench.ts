import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ArticleBatch } from '../src/domain/article-batch';
import type { Modality } from '../src/domain/modality';
import type { GraphStore } from '../src/store/graph-store';
import type { WallFigures } from './dashboard-wall';
import { formatDashboardWall, runDashboardWall } from './dashboard-wall';
import { percentile } from './percentile';
import type { StoreUnderTest } from './query-bench';
import { syntheticBatch } from './synthetic-batches';

const ROUNDS = 60;
const WARM_UPS = 3;
/**
 * Articles per `upsertArticles` transaction while populating: the bulk path
 * `kg import` takes, so that 10,000 articles are written in minutes on
 * Neo4j too (one at a time, each hub relation's rebuild is paid per article).
 */
const ARTICLES_PER_BATCH = 500;
const PUBLISHERS = ['Wire A', 'Wire B', 'Daily C', 'Weekly D', 'Radio E', 'Site F', 'Paper G'];
const STANCES: readonly Modality[] = ['REPORTED', 'ASSERTED', 'ALLEGED', 'CONFIRMED', 'DENIED'];

/**
 * Synthetic article `n` with what a dashboard draws: seven publishers, and
 * the claim on the shared countries' relation in every stance (a fifth of
 * them denied), so that the hub relations are contested and have many sources.
 */
function dashboardBatch(n: number): ArticleBatch {
  const batch = syntheticBatch(n);
  return {
    ...batch,
    article: { ...batch.article, publisher: PUBLISHERS[n % PUBLISHERS.length]! },
    claims: batch.claims.map((claim) =>
      claim.predicate === 'AT_WAR_WITH'
        ? { ...claim, modality: STANCES[n % STANCES.length]! }
        : claim,
    ),
  };
}

/** The widgets of a wall of dashboards, each as the store answers it. */
const QUERIES: readonly { readonly name: string; run(store: GraphStore): Promise<unknown> }[] = [
  {
    name: 'timeline by modality, all claims',
    run: (store) =>
      store.timeline({}, { bucket: 'DAY', by: 'MODALITY', time: 'EVENT', first: 1000 }),
  },
  {
    name: 'stats of an entity over a period',
    run: (store) =>
      store.stats(10, { entityId: 'country:russia', from: '2015-01-01', to: '2019-12-31' }),
  },
  {
    name: 'stats of kinds (PERSON)',
    run: (store) => store.stats(10, { kinds: ['PERSON'] }),
  },
  {
    name: 'contested relations, first 20',
    run: (store) => store.relations({ contested: true }, { first: 20, offset: 0 }),
  },
  {
    name: 'sources of the top 20 relations',
    run: async (store) => {
      const top = await store.relations({}, { first: 20, offset: 0 });
      return store.sourcesOfRelations(
        top.items.map((relation) => relation.id),
        { first: 10, claimsEach: 3 },
      );
    },
  },
];

export interface DashboardFigures {
  readonly store: string;
  readonly articles: number;
  readonly populateSeconds: number;
  /** Claims written while populating. */
  readonly claims: number;
  /** Milliseconds per query, by query name. */
  readonly samples: ReadonlyMap<string, readonly number[]>;
  /** The 1-minute load average after each query's runs, by query name: timings here are noisy. */
  readonly loads: ReadonlyMap<string, number>;
  /** The same widgets polled at once over HTTP. */
  readonly wall: WallFigures;
}

/** The dashboard queries (issue 9 item 7), each run ROUNDS times on a store of `articles` synthetic articles. */
export async function runDashboardBench(
  subject: StoreUnderTest,
  articles: number,
): Promise<DashboardFigures> {
  const store = await subject.open();
  try {
    const start = performance.now();
    let claims = 0;
    for (let first = 0; first < articles; first += ARTICLES_PER_BATCH) {
      const batches: ArticleBatch[] = [];
      for (let n = first; n < Math.min(articles, first + ARTICLES_PER_BATCH); n += 1)
        batches.push(dashboardBatch(n));
      claims += batches.reduce((sum, batch) => sum + batch.claims.length, 0);
      await store.upsertArticles(batches);
    }
    const populateSeconds = (performance.now() - start) / 1000;
    const samples = new Map<string, number[]>();
    const loads = new Map<string, number>();
    for (const query of QUERIES) {
      for (let i = 0; i < WARM_UPS; i += 1) await query.run(store);
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i += 1) {
        const begun = performance.now();
        await query.run(store);
        times.push(performance.now() - begun);
      }
      samples.set(query.name, times);
      loads.set(query.name, loadavg()[0]!);
    }
    const wall = await runDashboardWall(subject.name, store);
    return { store: subject.name, articles, populateSeconds, claims, samples, loads, wall };
  } finally {
    await store.close();
  }
}

/** Issue 9's targets for the p99 of each dashboard query on this machine. */
const TARGET_P99_MS: Readonly<Record<string, number>> = { sqlite: 100, neo4j: 250 };

export function formatDashboardBench(f: DashboardFigures): string {
  const target = TARGET_P99_MS[f.store];
  const lines = [...f.samples].map(
    ([name, times]) =>
      `  ${f.store.padEnd(7)} ${name.padEnd(34)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms` +
      `  p99 ${percentile(times, 0.99).toFixed(1).padStart(7)} ms` +
      (target === undefined ? '' : percentile(times, 0.99) < target ? '  (met)' : '  (NOT met)') +
      `  load ${f.loads.get(name)?.toFixed(2) ?? '?'}`,
  );
  return (
    `  ${f.store.padEnd(7)} ${f.articles} articles (${f.claims} claims) written in ${f.populateSeconds.toFixed(0)} s,` +
    ` ${(f.articles / f.populateSeconds).toFixed(0)} articles/s, ${(f.claims / f.populateSeconds).toFixed(0)} claims/s` +
    ` (upsertArticles, ${ARTICLES_PER_BATCH} a transaction); ` +
    `${ROUNDS} runs per query after ${WARM_UPS} warm-ups; target p99 < ${target ?? '?'} ms\n` +
    `${lines.join('\n')}\n${formatDashboardWall(f.wall)}`
  );
}
