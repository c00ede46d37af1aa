import 'reflect-metadata';
import { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store';
import type { QueryFigures, StoreUnderTest } from './query-bench';
import { formatExtractBench, runExtractBench } from './extract.bench';
import type { IngestFigures } from './ingest-bench';
import { extractedBatches, runIngestBench } from './ingest-bench';
import { startBenchNeo4j } from './neo4j-subject';
import { runQueryBench } from './query-bench';

/**
 * `npm run bench`: every store measured in the same run, side by side, as
 * ratios to the embedded SQLite store. Figures, never assertions.
 */
const SQLITE: StoreUnderTest = { name: 'sqlite', open: openMemorySqliteStore };

async function openMemorySqliteStore() {
  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  return store;
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

async function main(): Promise<void> {
  const rounds = 30;
  const extraction = await runExtractBench({ articles: 1000 });
  process.stdout.write(
    `extraction (rules-v1, generated corpus): ${formatExtractBench(extraction)}\n\n`,
  );
  const batches = await extractedBatches(300);
  const stores: StoreUnderTest[] = [SQLITE];
  let stopNeo4j: () => Promise<void> = () => Promise.resolve();
  try {
    const neo4j = await startBenchNeo4j();
    stores.push(neo4j.subject);
    stopNeo4j = () => neo4j.stop();
  } catch (error) {
    process.stdout.write(`(Neo4j not measured: ${(error as Error).message})\n\n`);
  }
  try {
    const figures: QueryFigures[] = [];
    const ingest: IngestFigures[] = [];
    for (const subject of stores) {
      figures.push(await runQueryBench(subject, rounds));
      ingest.push(await runIngestBench(subject, batches));
    }
    process.stdout.write(
      `queries: medians over ${rounds} requests each, over HTTP on loopback\n\n`,
    );
    printTable(figures);
    process.stdout.write(
      `\ningest of ${batches.length} extracted articles, one transaction each:\n`,
    );
    for (const f of ingest) {
      process.stdout.write(
        `  ${f.store.padEnd(7)} ${f.articlesPerSecond.toFixed(1)} articles/s, ${f.claimsPerSecond.toFixed(0)} claims/s` +
          ` (${(f.articlesPerSecond / ingest[0]!.articlesPerSecond).toFixed(2)} of ${ingest[0]!.store})\n`,
      );
    }
  } finally {
    await stopNeo4j();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
  process.exit(1);
});
