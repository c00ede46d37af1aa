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
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { openStore } from '../../src/store/open-store';
import { startBenchServer } from '../bench-server';
import type { Throughput, ThroughputPlan } from '../throughput';
import { compareThroughput, formatThroughput, throughputRatio } from '../throughput';
import type { BenchNeo4jMemory } from '../neo4j-subject';
import { benchNeo4jAdmin, startBenchNeo4j, stopBenchNeo4j } from '../neo4j-subject';
import {
  adminImportArgs,
  buildIndexes,
  checkIndexesOnline,
  exportNeo4jCsv,
  graphCounts,
} from './neo4j-admin-load';
import { startNeo4jGraphqlServer } from './neo4j-graphql-server';
import { inProduction, rerunInProduction } from './production-process';
import type { Scale, ScaleGraph } from './scale-graph';
import { SCALES, writeScaleGraph } from './scale-graph';
import type { SameAnswer, ScaleOperation, Statement } from './scale-operations';
import { scaleOperations } from './scale-operations';
import type { Timing, TimingPlan } from './scale-timing';
import {
  CapReached,
  formatRatio,
  formatTiming,
  timeInterleaved,
  timeOperation,
} from './scale-timing';

/** The generator's seed: the same graph on every run and machine. */
const SEED = 12;
const FOLDER = join(__dirname, '../../../data/scale-bench');

const PLANS: Record<Scale, TimingPlan> = {
  '100k': { samples: 20, budgetMs: 8_000, capMs: 10_000 },
  '1m': { samples: 20, budgetMs: 30_000, capMs: 30_000 },
};

/**
 * Throughput (issue 12 item 6, "at least @neo4j/graphql's throughput"):
 * clients calling back to back, in windows alternating between kg and
 * @neo4j/graphql, both over HTTP; 20 s of windows each per operation.
 */
const THROUGHPUT: ThroughputPlan = { clients: 8, windowMs: 5_000, rounds: 4 };

/** The bench Neo4j's memory when the bench starts it: the 1m graph is about 3 GB on disk. */
const NEO4J_MEMORY: Record<Scale, BenchNeo4jMemory> = {
  '100k': { heap: '1g', pageCache: '512m' },
  '1m': { heap: '2g', pageCache: '2g' },
};

/**
 * The graph the Bolt route (`kg import` into Neo4j) loads, to print its
 * rate beside the bulk load's: 100k claims at either scale, as a million
 * over Bolt takes longer than the rest of the bench.
 */
const BOLT_SCALE: Scale = '100k';

/** The model @neo4j/graphql reads kg's Neo4j graph through: claims, their entities and articles. */
const NEO4J_GRAPHQL_TYPES = `
type Entity @node { id: ID! name: String! kind: String!
  subjectOf: [Claim!]! @relationship(type: "HAS_SUBJECT", direction: IN) }
type Claim @node { id: ID! predicate: String! modality: String! sentence: String! relationId: String!
  subject: [Entity!]! @relationship(type: "HAS_SUBJECT", direction: OUT)
  article: [Article!]! @relationship(type: "STATED_IN", direction: OUT) }
type Article @node { id: ID! title: String! publishedAt: String! publisher: String }
`;

interface Row {
  sqlite?: Timing;
  neo4j?: Timing;
  cypher?: Timing;
  neo4jGraphql?: Timing;
  kgThroughput?: Throughput;
  neo4jGraphqlThroughput?: Throughput;
}

interface ImportFigure {
  readonly store: string;
  readonly seconds: number;
  readonly claimsPerSecond: number;
}

/** A step of the bulk load, in seconds. */
interface Step {
  readonly name: string;
  readonly seconds: number;
}

/** What the Bolt-loaded Neo4j held and answered, to compare the bulk-loaded one with. */
interface Reference {
  readonly counts: readonly string[];
  readonly answers: string;
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

/** Posts an operation to a GraphQL server (kg or @neo4j/graphql's) and gives its `data`; the server's request timeout is the cap. */
async function postGraphql(url: string, statement: Statement, capMs: number): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: statement.text, variables: statement.params }),
    signal: AbortSignal.timeout(capMs + 5_000),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const [error] = body.errors ?? [];
  if (error) {
    if (isTimeout(error.extensions?.code)) throw new CapReached();
    throw new Error(`${error.extensions?.code ?? ''} ${error.message}`);
  }
  return body.data;
}

/** kg alone on `store` (the SQLite store, which no other contender reads), one operation after another. */
async function timeKg(
  store: GraphStore,
  operations: readonly ScaleOperation[],
  plan: TimingPlan,
  record: (name: string, timing: Timing) => void,
): Promise<void> {
  const server = await startBenchServer(store, plan.capMs);
  try {
    for (const operation of operations) {
      record(
        operation.name,
        await timeOperation(
          () => postGraphql(server.url, operation.kg, plan.capMs).then(ignore),
          plan,
        ),
      );
    }
  } finally {
    await server.stop();
  }
}

const ignore = () => undefined;

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

/** Prints a timing as soon as it is known (a long run stopped early still tells what it measured). */
function said(name: string, timing: Timing): Timing {
  write(`  ${name}: ${formatTiming(timing)}\n`);
  return timing;
}

async function timed<T>(steps: Step[], name: string, work: () => Promise<T>): Promise<T> {
  write(`${name} (load average ${load()})…\n`);
  const start = performance.now();
  const result = await work();
  steps.push({ name, seconds: (performance.now() - start) / 1000 });
  return result;
}

/** A few answers that read every part of the graph the store keeps: counts, a hub's and a low entity's walks, search. */
async function sampleAnswers(store: GraphStore, graph: ScaleGraph): Promise<string> {
  const hub = graph.ranked.COUNTRY[0]!;
  const low = graph.ranked.PERSON[Math.floor(graph.ranked.PERSON.length * 0.9)]!;
  const [entity] = await store.getEntities([low]);
  return JSON.stringify({
    stats: await store.stats(10),
    hub: await store.neighborhood(hub, { depth: 2, limit: 50 }),
    low: await store.neighborhood(low, { depth: 2, limit: 50 }),
    relations: await store.relationsOfEntities(
      [hub],
      { direction: 'BOTH' },
      { first: 20, offset: 0 },
    ),
    search: await store.findEntities({ text: entity?.name ?? '' }, { first: 10, offset: 0 }),
  });
}

function compareWithReference(reference: Reference, counts: readonly string[], answers: string) {
  const same = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
  if (!same(reference.counts, counts))
    throw new Error(
      `the bulk-loaded Neo4j differs from the Bolt-loaded one:\n  Bolt  ${reference.counts.join(', ')}\n  admin ${counts.join(', ')}`,
    );
  if (reference.answers !== answers)
    throw new Error('the bulk-loaded Neo4j answers differently from the Bolt-loaded one');
  write(`  same nodes per label, relationships per type and sample answers as over Bolt:\n`);
  write(`  ${counts.join(', ')}\n`);
}

/**
 * The Bolt route: `kg import` of the BOLT_SCALE graph into the emptied
 * bench Neo4j, which is then stopped; when that graph is the bench's, what
 * the loaded Neo4j holds and answers, for the bulk-loaded one to match.
 */
async function importOverBolt(
  server: Awaited<ReturnType<typeof startBenchNeo4j>>,
  graph: ScaleGraph,
  imports: ImportFigure[],
): Promise<Reference | null> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', ''));
  try {
    const boltGraph =
      SCALES[BOLT_SCALE] === graph.claims
        ? graph
        : writeScaleGraph(
            join(FOLDER, `graph-${BOLT_SCALE}-seed${SEED}.ndjson`),
            SCALES[BOLT_SCALE],
            SEED,
          );
    const store = await server.subject.open();
    try {
      imports.push(await importInto(store, `Neo4j over Bolt (${BOLT_SCALE})`, boltGraph));
      if (boltGraph !== graph) return null;
      return { counts: await graphCounts(driver), answers: await sampleAnswers(store, graph) };
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
    await server.stop();
  }
}

async function runCypher(
  driver: Driver,
  statement: Statement,
  capMs: number,
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(statement.text, statement.params, { timeout: capMs });
    return result.records.map((record) => record.toObject());
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

/** Throws unless kg and the hand-written Cypher give the same answer to `op`. */
async function checkSameAnswer(
  op: ScaleOperation,
  same: SameAnswer,
  url: string,
  driver: Driver,
  capMs: number,
): Promise<void> {
  const kg = same.kg(await postGraphql(url, op.kg, capMs));
  const cypher = same.cypher(await runCypher(driver, op.cypher, capMs));
  if (kg !== cypher)
    throw new Error(
      `${op.name}: the hand-written Cypher answers otherwise than kg, so timing them would compare` +
        ` different work.\nkg:\n${kg}\nCypher:\n${cypher}`,
    );
  write(`  ${op.name}: the hand-written Cypher gives kg's answer (${kg.split('\n')[0]})\n`);
}

/**
 * kg on Neo4j (over HTTP), the hand-written Cypher and @neo4j/graphql on the
 * same Neo4j, timed in rounds that call each in turn (timeInterleaved), so
 * that the ratios compare calls made under the same load.
 */
async function timeOnNeo4j(
  store: GraphStore,
  driver: Driver,
  operations: readonly ScaleOperation[],
  plan: TimingPlan,
  rows: Map<string, Row>,
): Promise<void> {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPES, driver }).getSchema();
  const server = await startBenchServer(store, plan.capMs);
  try {
    for (const op of operations) {
      if (op.sameAnswer) await checkSameAnswer(op, op.sameAnswer, server.url, driver, plan.capMs);
      const expressed = op.neo4jGraphql;
      const [kg, cypher, neo4jGraphql] = await timeInterleaved(
        [
          () => postGraphql(server.url, op.kg, plan.capMs).then(ignore),
          () => runCypher(driver, op.cypher, plan.capMs).then(ignore),
          ...(expressed ? [() => runNeo4jGraphql(driver, schema, expressed, plan.capMs)] : []),
        ],
        plan,
      );
      const row = rows.get(op.name)!;
      row.neo4j = said(op.name, kg!);
      row.cypher = said(`${op.name}, Cypher`, cypher!);
      if (neo4jGraphql) row.neo4jGraphql = said(`${op.name}, @neo4j/graphql`, neo4jGraphql);
    }
    await throughputOnNeo4j(server.url, schema, operations, plan.capMs, rows);
  } finally {
    await server.stop();
  }
}

/**
 * Requests per second of kg (over HTTP, at `kgUrl`) and of @neo4j/graphql
 * (its own Apollo server, over HTTP, in this process like kg's) on every
 * operation both express, in alternating windows (compareThroughput).
 */
async function throughputOnNeo4j(
  kgUrl: string,
  schema: GraphQLSchema,
  operations: readonly ScaleOperation[],
  capMs: number,
  rows: Map<string, Row>,
): Promise<void> {
  const theirs = await startNeo4jGraphqlServer(schema, capMs);
  const { clients, windowMs, rounds } = THROUGHPUT;
  write(
    `throughput, kg and @neo4j/graphql over HTTP, ${clients} clients, ${rounds} windows of` +
      ` ${windowMs / 1000} s each, alternating (load average ${load()})…\n`,
  );
  try {
    for (const op of operations) {
      const expressed = op.neo4jGraphql;
      if (!expressed) continue;
      const [kg, neo4jGraphql] = await compareThroughput(
        [
          () => postGraphql(kgUrl, op.kg, capMs).then(ignore),
          () => postGraphql(theirs.url, expressed, capMs).then(ignore),
        ],
        THROUGHPUT,
      );
      const row = rows.get(op.name)!;
      row.kgThroughput = kg;
      row.neo4jGraphqlThroughput = neo4jGraphql;
      write(
        `  ${op.name}: kg ${formatThroughput(kg)} req/s, @neo4j/graphql` +
          ` ${formatThroughput(neo4jGraphql)} req/s (load average ${load()})\n`,
      );
    }
  } finally {
    await theirs.stop();
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
  writeColumns(header, lines);
}

function writeColumns(header: string[], lines: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  write(`${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of lines) write(`${format(line)}\n`);
}

/** Requests per second beside @neo4j/graphql's, and which operations meet "kg ≥ theirs". */
function printThroughputTable(operations: readonly ScaleOperation[], rows: Map<string, Row>): void {
  const measured = operations.filter((op) => rows.get(op.name)?.kgThroughput);
  if (measured.length === 0) return;
  const verdicts = measured.map((op) => {
    const row = rows.get(op.name)!;
    const ratio = throughputRatio(row.kgThroughput, row.neo4jGraphqlThroughput);
    return { op, row, ratio, meets: ratio === null ? null : ratio >= 1 };
  });
  const { clients, windowMs, rounds } = THROUGHPUT;
  write(
    `\nthroughput (requests/s, ${clients} clients, ${rounds} alternating windows of ${windowMs / 1000} s each,` +
      ` both over HTTP on loopback):\n`,
  );
  writeColumns(
    ['operation (req/s)', 'kg Neo4j', '@neo4j/graphql', 'kg / @neo4j/graphql', 'kg ≥ theirs'],
    verdicts.map(({ op, row, ratio, meets }) => [
      op.name,
      formatThroughput(row.kgThroughput),
      formatThroughput(row.neo4jGraphqlThroughput),
      ratio === null ? '—' : ratio.toFixed(2),
      meets === null ? '—' : meets ? 'yes' : 'no',
    ]),
  );
  const met = verdicts.filter((v) => v.meets === true).map((v) => v.op.name);
  const unmet = verdicts.filter((v) => v.meets !== true).map((v) => v.op.name);
  write(
    `kg ≥ @neo4j/graphql on ${met.length} of ${verdicts.length} operations` +
      (unmet.length ? `; not on: ${unmet.join('; ')}\n` : '\n'),
  );
}

/**
 * `npm run bench -- --scale 100k|1m`: a seeded news-like graph in kg's
 * export format, imported with `kg import` into each store, then each
 * analyst and dashboard operation timed through kg's GraphQL over HTTP, and
 * on the same Neo4j as one hand-written Cypher statement and through
 * @neo4j/graphql where it can express the operation, the three in rounds.
 * Figures, never assertions; a call past the cap prints "> N s".
 */
export async function runScaleBench(scale: Scale): Promise<void> {
  if (!inProduction()) {
    write('(running again with NODE_ENV=production, as kg runs in production)\n');
    process.exitCode = await rerunInProduction();
    return;
  }
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
  const csvFolder = join(FOLDER, `neo4j-csv-${scale}`);
  const steps: Step[] = [];
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqliteFile}${suffix}`, { force: true });
  // Imported as `kg import` imports, in its own process's store (in bulk), then served by the pool.
  const loader = await openStore({ kind: 'sqlite', file: sqliteFile }, { inProcess: true });
  try {
    const sqliteImport = await importInto(loader, 'SQLite', graph);
    imports.push(sqliteImport);
    steps.push({ name: 'kg import into SQLite', seconds: sqliteImport.seconds });
  } finally {
    await loader.close();
  }
  const sqlite = await openStore({ kind: 'sqlite', file: sqliteFile });
  try {
    write(`timing kg on SQLite (load average ${load()})…\n`);
    await timeKg(sqlite, operations, plan, (name, t) => (rows.get(name)!.sqlite = said(name, t)));
    await timed(steps, 'kg export --format neo4j-csv', () => exportNeo4jCsv(sqlite, csvFolder));
  } finally {
    await sqlite.close();
  }

  const memory = NEO4J_MEMORY[scale];
  let boltServer: Awaited<ReturnType<typeof startBenchNeo4j>>;
  try {
    boltServer = await startBenchNeo4j(memory);
  } catch (error) {
    write(`(Neo4j not measured: ${(error as Error).message})\n`);
    printTable(operations, rows);
    return;
  }
  const reference = await importOverBolt(boltServer, graph, imports);
  await stopBenchNeo4j();
  await timed(steps, 'neo4j-admin database import full', async () => {
    let said = '';
    const code = await benchNeo4jAdmin(adminImportArgs(csvFolder), (chunk) => (said += chunk));
    if (code !== 0) throw new Error(`neo4j-admin exited with ${code}:\n${said.slice(-2_000)}`);
  });
  const server = await timed(steps, 'Neo4j start', () => startBenchNeo4j(memory));
  const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', ''));
  try {
    await timed(steps, 'indexes built and ONLINE', () => buildIndexes(driver, write));
    const store = new Neo4jGraphStore({
      uri: server.uri,
      user: 'neo4j',
      password: '',
      database: undefined,
    });
    try {
      await timed(steps, "the store's migrations", () => store.migrate());
      const indexes = await checkIndexesOnline(driver);
      write(`  every index and constraint of schema/neo4j present, ${indexes} indexes ONLINE\n`);
      const adminSeconds = steps.reduce((sum, step) => sum + step.seconds, 0);
      imports.push({
        store: `Neo4j through neo4j-admin (${scale}, every step below)`,
        seconds: adminSeconds,
        claimsPerSecond: graph.claims / adminSeconds,
      });
      if (reference)
        compareWithReference(
          reference,
          await graphCounts(driver),
          await sampleAnswers(store, graph),
        );
      write(
        `timing kg on Neo4j, hand-written Cypher and @neo4j/graphql, interleaved (load average ${load()})…\n`,
      );
      await timeOnNeo4j(store, driver, operations, plan, rows);
    } finally {
      await store.close();
    }
  } finally {
    await driver.close();
    await server.stop();
  }
  write(
    `\n${scale}: kg over HTTP on loopback (GraphQL), Cypher through neo4j-driver, @neo4j/graphql in process` +
      ` (no HTTP), all with NODE_ENV=production; on Neo4j the three timed in rounds, each in turn;` +
      ` p50 / p99 over up to ${plan.samples} calls each after a warm-up, fewer past ${plan.budgetMs / 1000} s each;` +
      ` cap ${plan.capMs / 1000} s a call; load average now ${load()}\n\n`,
  );
  printTable(operations, rows);
  printThroughputTable(operations, rows);
  write(
    `\nloads, end to end from the NDJSON file (kg import: staged, about ${CLAIMS_PER_TRANSACTION} claims a transaction):\n`,
  );
  const width = Math.max(...imports.map((f) => f.store.length));
  for (const f of imports)
    write(
      `  ${f.store.padEnd(width)}  ${f.seconds.toFixed(1)} s, ${f.claimsPerSecond.toFixed(0)} claims/s\n`,
    );
  for (const step of steps) write(`    ${step.name.padEnd(36)} ${step.seconds.toFixed(1)} s\n`);
}
