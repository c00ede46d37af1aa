import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { CLAIMS_PER_TRANSACTION, importGraph } from '../../src/cli/import-command';
import { defaultExtractors } from '../../src/ingest/extractor-registry';
import { createLanguageAnalyser } from '../../src/ingest/nlp/create-language-analyser';
import { readConfig } from '../../src/server/config';
import { startKgServer } from '../../src/server/create-server';
import { createLogger } from '../../src/server/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { openStore } from '../../src/store/open-store';
import { startBenchNeo4j } from '../neo4j-subject';
import type { Scale, ScaleGraph } from './scale-graph';
import { SCALES, writeScaleGraph } from './scale-graph';
import type { ScaleOperation, Statement } from './scale-operations';
import { scaleOperations } from './scale-operations';
import type { Timing, TimingPlan } from './scale-timing';
import { CapReached, formatRatio, formatTiming, timeOperation } from './scale-timing';

/** The generator's seed: the same graph on every run and machine. */
const SEED = 12;
const FOLDER = join(__dirname, '../../../data/scale-bench');

const PLANS: Record<Scale, TimingPlan> = {
  '100k': { samples: 20, budgetMs: 8_000, capMs: 10_000 },
  '1m': { samples: 20, budgetMs: 30_000, capMs: 30_000 },
};

/** The model @neo4j/graphql reads kg's Neo4j graph through: claims, their entities and articles. */
const NEO4J_GRAPHQL_TYPES = `
type Entity @node { id: ID! name: String! kind: String!
  subjectOf: [Claim!]! @relationship(type: "HAS_SUBJECT", direction: IN) }
type Claim @node { id: ID! predicate: String! modality: String! sentence: String!
  subject: [Entity!]! @relationship(type: "HAS_SUBJECT", direction: OUT)
  article: [Article!]! @relationship(type: "STATED_IN", direction: OUT) }
type Article @node { id: ID! title: String! publishedAt: String! publisher: String }
`;

interface Row {
  sqlite?: Timing;
  neo4j?: Timing;
  cypher?: Timing;
  neo4jGraphql?: Timing;
}

interface ImportFigure {
  readonly store: string;
  readonly seconds: number;
  readonly claimsPerSecond: number;
}

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const write = (text: string) => process.stdout.write(text);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function isTimeout(code: unknown): boolean {
  return typeof code === 'string' && /TIMEOUT|TransactionTimedOut|Terminated/i.test(code);
}

/** Posts an operation to kg; the server's request timeout is the cap. */
async function postKg(url: string, statement: Statement, capMs: number): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: statement.text, variables: statement.params }),
    signal: AbortSignal.timeout(capMs + 5_000),
  });
  const body = (await response.json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const [error] = body.errors ?? [];
  if (error) {
    if (isTimeout(error.extensions?.code)) throw new CapReached();
    throw new Error(`${error.extensions?.code ?? ''} ${error.message}`);
  }
}

async function timeKg(
  store: GraphStore,
  operations: readonly ScaleOperation[],
  plan: TimingPlan,
  record: (name: string, timing: Timing) => void,
): Promise<void> {
  const nlp = readConfig().nlp;
  const server = await startKgServer({
    store,
    extractor: defaultExtractors(createLanguageAnalyser(nlp)).create(),
    editorKey: 'bench',
    log: createLogger('silent'),
    host: '127.0.0.1',
    port: 0,
    requestTimeoutMs: plan.capMs,
  });
  try {
    for (const operation of operations) {
      record(
        operation.name,
        await timeOperation(() => postKg(server.url, operation.kg, plan.capMs), plan),
      );
    }
  } finally {
    await server.stop();
  }
}

async function importInto(
  store: GraphStore,
  name: string,
  graph: ScaleGraph,
): Promise<ImportFigure> {
  write(`importing into ${name} (load average ${load()})…\n`);
  const start = performance.now();
  await importGraph(store, graph.file, quiet());
  const seconds = (performance.now() - start) / 1000;
  return { store: name, seconds, claimsPerSecond: graph.claims / seconds };
}

async function runCypher(driver: Driver, statement: Statement, capMs: number): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(statement.text, statement.params, { timeout: capMs });
  } catch (error) {
    if (isTimeout((error as { code?: unknown }).code)) throw new CapReached();
    throw error;
  } finally {
    await session.close();
  }
}

/** @neo4j/graphql in process, inside a transaction whose timeout is the cap. */
async function runNeo4jGraphql(
  driver: Driver,
  schema: GraphQLSchema,
  statement: Statement,
  capMs: number,
): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const transaction = session.beginTransaction({ timeout: capMs });
  try {
    const result = await graphql({
      schema,
      source: statement.text,
      variableValues: statement.params,
      contextValue: { executionContext: transaction },
    });
    const [error] = result.errors ?? [];
    if (error) {
      const cause = error.originalError as { code?: unknown } | undefined;
      if (isTimeout(cause?.code)) throw new CapReached();
      throw error;
    }
  } finally {
    if (transaction.isOpen()) await transaction.rollback();
    await session.close();
  }
}

function printTable(operations: readonly ScaleOperation[], rows: Map<string, Row>): void {
  const header = [
    'operation (p50 / p99 ms)',
    'kg SQLite',
    'kg Neo4j',
    'Cypher',
    'kg Neo4j / Cypher',
    '@neo4j/graphql',
    'kg Neo4j / @neo4j/graphql',
  ];
  const lines = operations.map((op) => {
    const row = rows.get(op.name) ?? {};
    return [
      op.name,
      formatTiming(row.sqlite),
      formatTiming(row.neo4j),
      formatTiming(row.cypher),
      formatRatio(row.neo4j, row.cypher),
      formatTiming(row.neo4jGraphql),
      formatRatio(row.neo4j, row.neo4jGraphql),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  write(`${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of lines) write(`${format(line)}\n`);
}

/**
 * `npm run bench -- --scale 100k|1m`: a seeded news-like graph in kg's
 * export format, imported with `kg import` into each store, then each
 * analyst and dashboard operation timed through kg's GraphQL over HTTP, and
 * on the same Neo4j as one hand-written Cypher statement and through
 * @neo4j/graphql where it can express the operation. Figures, never
 * assertions; a call past the cap prints "> N s".
 */
export async function runScaleBench(scale: Scale): Promise<void> {
  // The SQLite workers and the fetch timeouts hold no reference on the event loop: without
  // one of its own, the bench would end silently while a capped call is being stopped.
  const alive = setInterval(() => undefined, 1_000);
  try {
    await measure(scale);
  } finally {
    clearInterval(alive);
  }
}

async function measure(scale: Scale): Promise<void> {
  const plan = PLANS[scale];
  mkdirSync(FOLDER, { recursive: true });
  const file = join(FOLDER, `graph-${scale}-seed${SEED}.ndjson`);
  write(`generating ${scale} claims (seed ${SEED}) into ${file}…\n`);
  const graph = writeScaleGraph(file, SCALES[scale], SEED);
  write(
    `  ${graph.articles} articles, ${graph.entities} entities, ${graph.claims} claims,` +
      ` ${(statSync(file).size / 1e6).toFixed(0)} MB\n`,
  );
  const operations = scaleOperations(graph);
  const rows = new Map<string, Row>(operations.map((op) => [op.name, {}]));
  const imports: ImportFigure[] = [];

  const sqliteFile = join(FOLDER, `kg-${scale}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
  const sqlite = await openStore({ kind: 'sqlite', file: sqliteFile });
  try {
    imports.push(await importInto(sqlite, 'SQLite', graph));
    write(`timing kg on SQLite (load average ${load()})…\n`);
    await timeKg(sqlite, operations, plan, (name, t) => (rows.get(name)!.sqlite = t));
  } finally {
    await sqlite.close();
  }

  let server: Awaited<ReturnType<typeof startBenchNeo4j>>;
  try {
    server = await startBenchNeo4j();
  } catch (error) {
    write(`(Neo4j not measured: ${(error as Error).message})\n`);
    printTable(operations, rows);
    return;
  }
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', ''));
  try {
    const store = await server.subject.open();
    try {
      imports.push(await importInto(store, 'Neo4j', graph));
      write(`timing kg on Neo4j (load average ${load()})…\n`);
      await timeKg(store, operations, plan, (name, t) => (rows.get(name)!.neo4j = t));
    } finally {
      await store.close();
    }
    write(`timing hand-written Cypher and @neo4j/graphql (load average ${load()})…\n`);
    const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPES, driver }).getSchema();
    for (const op of operations) {
      rows.get(op.name)!.cypher = await timeOperation(
        () => runCypher(driver, op.cypher, plan.capMs),
        plan,
      );
      const expressed = op.neo4jGraphql;
      if (expressed)
        rows.get(op.name)!.neo4jGraphql = await timeOperation(
          () => runNeo4jGraphql(driver, schema, expressed, plan.capMs),
          plan,
        );
    }
  } finally {
    await driver.close();
    await server.stop();
  }
  write(
    `\n${scale}: kg over HTTP on loopback (GraphQL), Cypher through neo4j-driver, @neo4j/graphql in process` +
      ` (no HTTP); p50 / p99 over up to ${plan.samples} calls after a warm-up, fewer past ${plan.budgetMs / 1000} s;` +
      ` cap ${plan.capMs / 1000} s a call; load average now ${load()}\n\n`,
  );
  printTable(operations, rows);
  write(`\nkg import (staged, about ${CLAIMS_PER_TRANSACTION} claims a transaction):\n`);
  for (const f of imports)
    write(
      `  ${f.store.padEnd(7)} ${f.seconds.toFixed(1)} s, ${f.claimsPerSecond.toFixed(0)} claims/s\n`,
    );
}
