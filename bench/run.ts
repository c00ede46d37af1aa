import 'reflect-metadata';
import { join } from 'node:path';
import { defaultExtractors } from '../src/ingest/extractor-registry';
import type { AnalysisLanguage } from '../src/ingest/nlp/analysis';
import { ANALYSIS_LANGUAGES } from '../src/ingest/nlp/analysis';
import type { LanguageAnalyserSettings } from '../src/ingest/nlp/create-language-analyser';
import { createLanguageAnalyser } from '../src/ingest/nlp/create-language-analyser';
import { readConfig } from '../src/server/config';
import { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store';
import { runAttackBench } from './attack-bench';
import type { BenchOptions, BenchPart } from './bench-options';
import { BENCH_USAGE, readBenchOptions } from './bench-options';
import { runCliIngestBench } from './cli-ingest-bench';
import type { QueryFigures, StoreUnderTest } from './query-bench';
import { formatExtractBench, runExtractBench } from './extract.bench';
import {
  extractorOverAnalyses,
  formatGraphSizeBench,
  GRAPH_SIZES,
  runGraphSizeBench,
} from './graph-size-bench';
import type { IngestFigures } from './ingest-bench';
import { extractedBatches, runIngestBench } from './ingest-bench';
import { startBenchNeo4j } from './neo4j-subject';
import { formatParseBench, runParseBench } from './parse-bench';
import { runQueryBench } from './query-bench';
import { runRequestsBench } from './requests-bench';
import { runScaleBench } from './scale/scale-bench';
import { formatDashboardBench, runDashboardBench } from './dashboard-bench';
import type { BenchArticle } from './shipped-articles';
import { articleVariants, languageCounts, shippedArticles } from './shipped-articles';
import { warmAnalyser } from './warm-analyser';
import { formatWalksBench, runWalksBench, WALKS_DEFAULTS } from './walks-bench';
import { formatWebBench, runWebBench } from './web-bench';

const REPO_ROOT = join(__dirname, '../..');

/**
 * `npm run bench`: parse-v1 throughput through a warm Stanford CoreNLP,
 * `kg ingest` end to end, then every store measured in the same run, side by
 * side, as ratios to the embedded SQLite store, and last the ingest cost in
 * a small and a big graph on each store. Figures, never assertions.
 */
const SQLITE: StoreUnderTest = { name: 'sqlite', open: openMemorySqliteStore };

async function openMemorySqliteStore() {
  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  return store;
}

/**
 * Runs `measure` on SQLite and, when the bench's own Neo4j starts, on Neo4j
 * too (saying why not otherwise), and stops that Neo4j afterwards.
 */
async function withBenchStores(
  measure: (subjects: readonly StoreUnderTest[]) => Promise<void>,
): Promise<void> {
  let neo4j: Awaited<ReturnType<typeof startBenchNeo4j>> | null = null;
  try {
    neo4j = await startBenchNeo4j();
  } catch (error) {
    write(`(Neo4j not measured: ${(error as Error).message})\n`);
  }
  try {
    await measure(neo4j ? [SQLITE, neo4j.subject] : [SQLITE]);
  } finally {
    await neo4j?.stop();
  }
}

function printTable(figures: readonly QueryFigures[]): void {
  const [base] = figures;
  if (!base) return;
  const header = [
    'measure',
    ...figures.map((f) => `${f.store} ms`),
    ...figures.slice(1).map((f) => `${f.store}/${base.store}`),
  ];
  const rows: string[][] = [];
  const row = (label: string, values: number[]) =>
    rows.push([
      label,
      ...values.map((v) => v.toFixed(2)),
      ...values.slice(1).map((v) => (v / values[0]!).toFixed(2)),
    ]);
  row(
    'load seed',
    figures.map((f) => f.seedLoadMs),
  );
  for (const name of base.queryMs.keys())
    row(
      name,
      figures.map((f) => f.queryMs.get(name) ?? Number.NaN),
    );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${format(r)}\n`);
}

const write = (text: string) => process.stdout.write(text);

function analysable(articles: readonly BenchArticle[]): AnalysisLanguage[] {
  return ANALYSIS_LANGUAGES.filter((l) => articles.some((a) => a.input.language === l));
}

/** parse-v1 throughput, then `kg ingest`; false when the ingest did not finish. */
async function parseBenches(
  nlp: LanguageAnalyserSettings,
  shipped: ReturnType<typeof shippedArticles>,
  options: BenchOptions,
): Promise<boolean> {
  const articles = articleVariants(shipped.articles, options.articles);
  write(
    `parse-v1 throughput, CoreNLP at ${nlp.url} (warm): ${articles.length} articles (${languageCounts(articles)}),` +
      ` cycled from ${shipped.articles.length} texts (${shipped.committed} in seed/ and eval/corpus/,` +
      ` ${shipped.real} in eval/real/texts/), each copy numbered so that no cache serves it; one at a time, no known entities\n\n`,
  );
  write(`${formatParseBench(await runParseBench(articles, nlp))}\n`);
  write('targets (issue 7): ≥ 5 articles/s uncached, ≥ 100 articles/s pure extraction\n\n');

  const ingest = articleVariants(shipped.articles, options.ingest);
  write(
    `kg ingest of ${ingest.length} articles (${languageCounts(ingest)}) into an empty SQLite data folder, analyses uncached:\n`,
  );
  const cli = await runCliIngestBench(ingest, join(REPO_ROOT, 'dist/src/cli/kg.js'), write);
  const finished = cli.exitCode === 0 && cli.progressLines === cli.files && cli.summary !== null;
  write(
    `  ${cli.files} files, ${cli.progressLines} progress lines, exit code ${cli.exitCode}:` +
      ` ${finished ? 'finished' : 'DID NOT FINISH'} in ${cli.seconds.toFixed(1)} s,` +
      ` ${(cli.files / cli.seconds).toFixed(2)} articles/s (wall time, start-up included)\n\n`,
  );
  return finished;
}

async function storeBenches(nlp: LanguageAnalyserSettings): Promise<void> {
  const rounds = 30;
  const seedExtractor = defaultExtractors(createLanguageAnalyser(nlp)).create();
  const batches = await extractedBatches(300);
  await withBenchStores(async (stores) => {
    const figures: QueryFigures[] = [];
    const ingest: IngestFigures[] = [];
    for (const subject of stores) {
      figures.push(await runQueryBench(subject, rounds, seedExtractor));
      ingest.push(await runIngestBench(subject, batches));
    }
    write(
      `queries: medians over ${rounds} requests each, over HTTP on loopback; the seed read by ${seedExtractor.name} (analysis cached in the data folder)\n\n`,
    );
    printTable(figures);
    write(
      `\nstore writes of ${batches.length} rules-v1 batches (generated corpus), one transaction each:\n`,
    );
    for (const f of ingest) {
      write(
        `  ${f.store.padEnd(7)} ${f.articlesPerSecond.toFixed(1)} articles/s, ${f.claimsPerSecond.toFixed(0)} claims/s` +
          ` (${(f.articlesPerSecond / ingest[0]!.articlesPerSecond).toFixed(2)} of ${ingest[0]!.store})\n`,
      );
    }
  });
}

/** Ingest cost in a small and a big graph, on each store, over analyses made once. */
async function graphSizeBenches(
  nlp: LanguageAnalyserSettings,
  shipped: ReturnType<typeof shippedArticles>,
  options: BenchOptions,
): Promise<void> {
  const articles = shipped.articles
    .map((a) => a.input)
    .filter((a) =>
      (ANALYSIS_LANGUAGES as readonly (string | null | undefined)[]).includes(a.language),
    );
  const extractor = await extractorOverAnalyses(articles, createLanguageAnalyser(nlp));
  write(
    `ingest cost by graph size: ${articles.length} articles (${shipped.committed} in seed/ and eval/corpus/,` +
      ` ${shipped.real} in eval/real/texts/), one at a time as kg ingest does, into a store already holding` +
      ` ${GRAPH_SIZES.small} and one holding ${options.graph} synthetic articles (written through the store port).` +
      ' Measured per article: parse-v1 on analyses made beforehand (no CoreNLP time) — the store lookup of the' +
      ' names the article holds and the pure extraction — then upsertArticle; the whole-graph read is what each' +
      ' ingest did before it asked by name.\n',
  );
  await withBenchStores(async (subjects) => {
    for (const subject of subjects)
      write(
        formatGraphSizeBench(await runGraphSizeBench(subject, articles, extractor, options.graph)),
      );
  });
}

/** Issue 9's dashboard queries on a store of `articles` synthetic articles, each store. */
async function dashboardBenches(articles: number): Promise<void> {
  write(
    `dashboard queries on ${articles} synthetic articles (written through the store port in batches):\n`,
  );
  await withBenchStores(async (subjects) => {
    for (const subject of subjects)
      write(formatDashboardBench(await runDashboardBench(subject, articles)));
  });
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = readBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${BENCH_USAGE}`);
    process.exit(2);
  }
  if (options.web) {
    write(formatWebBench(await runWebBench()));
    return;
  }
  if (options.attack) {
    await runAttackBench();
    return;
  }
  if (options.walks) {
    const result = await runWalksBench(WALKS_DEFAULTS, (line) => write(`${line}\n`));
    write(formatWalksBench(result, WALKS_DEFAULTS.deadlineMs));
    return;
  }
  if (options.requests) {
    await runRequestsBench();
    return;
  }
  if (options.scale) {
    await runScaleBench(options.scale);
    return;
  }
  const nlp = readConfig().nlp;
  const shipped = shippedArticles(REPO_ROOT);
  const unavailable = await warmAnalyser(nlp, analysable(shipped.articles));
  if (unavailable !== null) {
    process.stderr.write(
      `bench: parse-v1 needs Stanford CoreNLP at ${nlp.url}, and it does not answer.\n` +
        'Start it with `npm run nlp:start` (or set KG_NLP_URL), then run `npm run bench` again.\n' +
        `(${unavailable})\n`,
    );
    process.exit(1);
  }
  const runs = (part: BenchPart) => options.only === null || options.only === part;
  if (runs('extract')) {
    const extraction = await runExtractBench({ articles: 1000 });
    write(`extraction (rules-v1, generated corpus): ${formatExtractBench(extraction)}\n\n`);
  }
  const ingestFinished = runs('parse') ? await parseBenches(nlp, shipped, options) : true;
  if (runs('stores')) await storeBenches(nlp);
  if (runs('graph-size')) await graphSizeBenches(nlp, shipped, options);
  if (runs('dashboard')) await dashboardBenches(options.graph);
  if (!ingestFinished) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
  process.exit(1);
});
