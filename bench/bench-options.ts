import { parseArgs } from 'node:util';
import { InvalidInputError } from '../src/domain/errors';
import type { Scale } from './scale/scale-graph';
import { SCALES } from './scale/scale-graph';

export interface BenchOptions {
  /** Articles the parse-v1 throughput bench extracts (cycled from the shipped texts). */
  readonly articles: number;
  /** Articles `kg ingest` reads in the CLI bench. */
  readonly ingest: number;
  /** Only the explorer's drawing bench in headless Chromium (needs neither CoreNLP nor Neo4j). */
  readonly web: boolean;
  /** Only the attack bench (issue 8): the query budget's gate, then each store under heavy load. */
  readonly attack: boolean;
  /** Only the graph walks bench (issue 12): neighbourhoods and paths on a small skewed graph, each store. */
  readonly walks: boolean;
  /** Synthetic articles in the big store of the graph-size bench (the small one holds 100). */
  readonly graph: number;
  /** Only the requests bench (issue 12 item 4): a request's fixed cost on Neo4j. */
  readonly requests: boolean;
  /** Only the scale bench (issue 12) on a generated graph of this many claims, or not (null). */
  readonly scale: Scale | null;
  /** One part of the bench only, or all of them (null). */
  readonly only: BenchPart | null;
}

/** The parts of `npm run bench`, in the order they run. */
export const BENCH_PARTS = ['extract', 'parse', 'stores', 'graph-size', 'dashboard'] as const;

export type BenchPart = (typeof BENCH_PARTS)[number];

/**
 * Defaults keep `npm run bench` within about ten minutes on two busy cores,
 * where CoreNLP parses about one article a second; `--ingest 1000` is issue 7's run.
 */
const DEFAULTS = { articles: 200, ingest: 100, graph: 10_000 };

export const BENCH_USAGE =
  'usage: npm run bench -- [--articles N] [--ingest N] [--graph N] [--only PART] [--web] [--attack] [--walks]\n' +
  '         [--requests]\n' +
  '         [--scale 100k|1m]\n' +
  `  --articles N  parse-v1 throughput on N articles (default ${DEFAULTS.articles})\n` +
  `  --ingest N    kg ingest of N articles through the CLI (default ${DEFAULTS.ingest})\n` +
  `  --graph N     ingest cost in a store of 100 and of N synthetic articles, and the dashboard\n` +
  `                queries on a store of N (default ${DEFAULTS.graph})\n` +
  `  --only PART   run one part: ${BENCH_PARTS.join(', ')}\n` +
  '  --web         only the explorer drawing a 500-node neighbourhood in headless Chromium\n' +
  '  --attack      only the attack bench: /health/live latency and peak RSS under the costliest\n' +
  '                queries the budget allows, on each store (no CoreNLP needed)\n' +
  '  --walks        only the graph walks: neighbourhoods and paths, hubs included, on a skewed\n' +
  '                graph of 3,000 entities, on each store (no CoreNLP needed)\n' +
  "  --requests    only a request's fixed cost on Neo4j: a nested entity query and a claim\n" +
  '                list, p50/p99 one at a time and requests/s with 8 clients (no CoreNLP needed)\n' +
  '  --scale S     only the scale bench: a seeded news-like graph of S claims (100k or 1m)\n' +
  '                imported into each store, analyst and dashboard operations timed against\n' +
  '                hand-written Cypher and @neo4j/graphql on the same Neo4j (no CoreNLP needed)\n';

function count(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new InvalidInputError(`--${name} must be a whole number above 0; got "${text}".`);
  return value;
}

/** Throws on an unknown option or a bad count, with a message for the user. */
export function readBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: 'string' },
      ingest: { type: 'string' },
      web: { type: 'boolean' },
      attack: { type: 'boolean' },
      walks: { type: 'boolean' },
      requests: { type: 'boolean' },
      graph: { type: 'string' },
      only: { type: 'string' },
      scale: { type: 'string' },
    },
    strict: true,
  });
  return {
    articles: count('articles', values.articles, DEFAULTS.articles),
    ingest: count('ingest', values.ingest, DEFAULTS.ingest),
    web: values.web ?? false,
    attack: values.attack ?? false,
    walks: values.walks ?? false,
    requests: values.requests ?? false,
    graph: count('graph', values.graph, DEFAULTS.graph),
    only: part(values.only),
    scale: scale(values.scale),
  };
}

function part(text: string | undefined): BenchPart | null {
  if (text === undefined) return null;
  const found = BENCH_PARTS.find((p) => p === text);
  if (!found)
    throw new InvalidInputError(`--only must be one of ${BENCH_PARTS.join(', ')}; got "${text}".`);
  return found;
}

function scale(text: string | undefined): Scale | null {
  if (text === undefined) return null;
  const found = (Object.keys(SCALES) as Scale[]).find((s) => s === text.toLowerCase());
  if (!found)
    throw new InvalidInputError(
      `--scale must be one of ${Object.keys(SCALES).join(', ')}; got "${text}".`,
    );
  return found;
}
