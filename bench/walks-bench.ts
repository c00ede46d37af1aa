import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../src/domain/annotation';
import { TimeoutError } from '../src/domain/errors';
import { entityId } from '../src/domain/ids';
import type { Predicate } from '../src/domain/predicates';
import { annotatedArticleToBatch } from '../src/ingest/annotations/annotated-article-to-batch';
import type { GraphStore } from '../src/store/graph-store';
import { withDeadline } from '../src/store/request-deadline';
import { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store';
import { openPooledSqlite } from '../src/store/sqlite/workers/pooled-sqlite-store';
import { startBenchNeo4j } from './neo4j-subject';
import { seededRandom } from './scale/seeded-random';

/**
 * Graph walks on a small skewed graph (issue 12 item 2): a few thousand
 * entities whose relations mostly gather on a few, and two hubs that share
 * many neighbours. Each walk runs through the store port, on SQLite worker
 * processes (as the server runs it) and on Neo4j, each call under a
 * deadline so that a walk that would not finish is stopped and shown as
 * such. The graph is the same on every run (seeded), so the figures of two
 * versions of the code compare.
 */

export interface WalksBenchOptions {
  readonly entities: number;
  readonly relations: number;
  /** Relations of each of the two hubs. */
  readonly hubDegree: number;
  /** Calls per walk, at most. */
  readonly calls: number;
  /** A call past this is stopped and counted as "over". */
  readonly deadlineMs: number;
}

export const WALKS_DEFAULTS: WalksBenchOptions = {
  entities: 3000,
  relations: 6000,
  hubDegree: 600,
  calls: 30,
  deadlineMs: 10_000,
};

const PREDICATES: readonly Predicate[] = [
  'SUPPLIES',
  'SANCTIONS',
  'AT_WAR_WITH',
  'SUPPORTS_MILITARILY',
];
const PUBLISHERS = ['Morning Herald', 'Evening Star', 'Daily Courier', 'Wire Service'];
const CLAIMS_PER_ARTICLE = 60;

const name = (i: number) => `Walkland ${String(i).padStart(5, '0')}`;
const HUB_A = 0;
const HUB_B = 1;

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly predicate: Predicate;
  readonly claims: number;
  readonly publisher: string;
}

/**
 * The two hubs each hold `hubDegree` relations, half of them to shared
 * neighbours; the rest pick ends with a skew (the square of a uniform draw
 * favours low indexes), so degrees run from one to a few hundred.
 */
function skewedEdges(options: WalksBenchOptions): Edge[] {
  const next = seededRandom(12);
  const pick = (n: number) => Math.floor(next() * n);
  const edge = (from: number, to: number): Edge => ({
    from,
    to,
    predicate: PREDICATES[pick(PREDICATES.length)]!,
    claims: 1 + pick(3),
    publisher: PUBLISHERS[pick(PUBLISHERS.length)]!,
  });
  const edges: Edge[] = [];
  const others = options.entities - 2;
  for (let i = 0; i < options.hubDegree; i += 1) {
    const shared = 2 + (i % others);
    edges.push(edge(HUB_A, shared));
    edges.push(edge(i % 2 === 0 ? shared : 2 + pick(others), HUB_B));
  }
  while (edges.length < options.relations) {
    const from = 2 + Math.floor(next() ** 2 * others);
    const to = 2 + pick(others);
    if (from !== to) edges.push(edge(from, to));
  }
  return edges;
}

function articles(edges: readonly Edge[]): AnnotatedArticle[] {
  const claims = edges.flatMap((e, n) =>
    Array.from({ length: e.claims }, (_, i) => ({ ...e, sentence: `Report ${n}.${i}.` })),
  );
  const result: AnnotatedArticle[] = [];
  for (let start = 0; start < claims.length; start += CLAIMS_PER_ARTICLE) {
    const part = claims.slice(start, start + CLAIMS_PER_ARTICLE);
    const ids = [...new Set(part.flatMap((c) => [c.from, c.to]))];
    result.push({
      article: {
        title: `Walk bench article ${start / CLAIMS_PER_ARTICLE}`,
        language: 'en',
        publishedAt: '2025-06-01',
        publisher: part[0]!.publisher,
        text: part.map((c) => c.sentence).join('\n'),
      },
      entities: ids.map((i) => ({ ref: `e${i}`, kind: 'COUNTRY' as const, name: name(i) })),
      claims: part.map((c) => ({
        subject: `e${c.from}`,
        predicate: c.predicate,
        object: `e${c.to}`,
        modality: 'ASSERTED' as const,
        sentence: c.sentence,
      })),
    });
  }
  return result;
}

/** The entity of degree 1 with the lowest index: a quiet corner of the graph. */
function lowEntity(edges: readonly Edge[]): number {
  const degree = new Map<number, number>();
  for (const e of edges)
    for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree].filter(([, d]) => d === 1).sort(([a], [b]) => a - b)[0]![0];
}

export interface WalkFigure {
  readonly walk: string;
  readonly p50: number;
  readonly p99: number;
  readonly calls: number;
  /** Calls stopped at the deadline. */
  readonly over: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs one walk `calls` times (stopping early after a call past the deadline). */
async function time(
  walk: string,
  calls: number,
  deadlineMs: number,
  run: () => Promise<unknown>,
): Promise<WalkFigure> {
  const times: number[] = [];
  let over = 0;
  for (let i = 0; i < calls && over === 0; i += 1) {
    const start = performance.now();
    try {
      await withDeadline(deadlineMs, run);
      times.push(performance.now() - start);
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      over += 1;
      times.push(deadlineMs);
    }
  }
  times.sort((a, b) => a - b);
  return {
    walk,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    calls: times.length,
    over,
  };
}

async function walks(
  store: GraphStore,
  low: string,
  options: WalksBenchOptions,
): Promise<WalkFigure[]> {
  const hubA = entityId('COUNTRY', name(HUB_A));
  const hubB = entityId('COUNTRY', name(HUB_B));
  const { calls, deadlineMs } = options;
  return [
    await time('neighbourhood depth 2, low (limit 100)', calls, deadlineMs, () =>
      store.neighborhood(low, { depth: 2, limit: 100 }),
    ),
    await time('neighbourhood depth 2, hub (limit 100)', calls, deadlineMs, () =>
      store.neighborhood(hubA, { depth: 2, limit: 100 }),
    ),
    await time('paths maxHops 3, hub to hub (first 20)', calls, deadlineMs, () =>
      store.paths(hubA, hubB, { maxHops: 3, first: 20 }),
    ),
    await time('paths maxHops 4, hub to hub (first 20)', calls, deadlineMs, () =>
      store.paths(hubA, hubB, { maxHops: 4, first: 20 }),
    ),
    await time('paths maxHops 4, low to hub (first 20)', calls, deadlineMs, () =>
      store.paths(low, hubB, { maxHops: 4, first: 20 }),
    ),
  ];
}

async function load(store: GraphStore, batches: readonly AnnotatedArticle[]): Promise<number> {
  const start = performance.now();
  for (const article of batches) await store.upsertArticle(annotatedArticleToBatch(article));
  return performance.now() - start;
}

export interface WalksBenchResult {
  readonly graph: string;
  readonly stores: readonly { readonly store: string; readonly figures: readonly WalkFigure[] }[];
}

/** Builds the graph in each store and times the walks; Neo4j is the bench's own (neo4j-subject.ts). */
export async function runWalksBench(
  options: WalksBenchOptions = WALKS_DEFAULTS,
  log: (line: string) => void = () => undefined,
): Promise<WalksBenchResult> {
  const edges = skewedEdges(options);
  const batches = articles(edges);
  const low = entityId('COUNTRY', name(lowEntity(edges)));
  const claims = edges.reduce((sum, e) => sum + e.claims, 0);
  const graph =
    `${options.entities} entities, ${edges.length} relations (two hubs of ${options.hubDegree}, ` +
    `sharing ${options.hubDegree / 2} neighbours), ${claims} claims in ${batches.length} articles`;
  const stores: WalksBenchResult['stores'][number][] = [];

  const folder = mkdtempSync(join(tmpdir(), 'kg-walks-bench-'));
  const file = join(folder, 'kg.sqlite');
  try {
    // Written on this thread, then walked on worker processes as the server does, where a
    // walk past its deadline is stopped (a statement on this thread could not be).
    const writer = new SqliteGraphStore(file);
    await writer.migrate();
    log(`sqlite: loaded in ${Math.round(await load(writer, batches))} ms`);
    await writer.close();
    const sqlite = await openPooledSqlite(file, { readers: 2 });
    try {
      stores.push({ store: 'sqlite', figures: await walks(sqlite, low, options) });
    } finally {
      // The workers' pipes do not hold the process open, and closing waits on them: keep it
      // alive until they are gone (seen under plain node, where nothing else holds it).
      const alive = setInterval(() => undefined, 1000);
      await sqlite.close().finally(() => clearInterval(alive));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const neo4j = await startBenchNeo4j();
  try {
    const store = await neo4j.subject.open();
    try {
      log(`neo4j: loaded in ${Math.round(await load(store, batches))} ms`);
      stores.push({ store: 'neo4j', figures: await walks(store, low, options) });
    } finally {
      await store.close();
    }
  } finally {
    await neo4j.stop();
  }
  return { graph, stores };
}

export function formatWalksBench(result: WalksBenchResult, deadlineMs: number): string {
  const cell = (ms: number) => (ms >= deadlineMs ? `> ${deadlineMs / 1000} s` : ms.toFixed(1));
  const lines = [
    `graph walks on a skewed graph: ${result.graph}`,
    '| walk | store | p50 ms | p99 ms | calls |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const { store, figures } of result.stores) {
    for (const f of figures) {
      const calls = f.over > 0 ? `${f.calls} (stopped at ${deadlineMs / 1000} s)` : `${f.calls}`;
      lines.push(`| ${f.walk} | ${store} | ${cell(f.p50)} | ${cell(f.p99)} | ${calls} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
