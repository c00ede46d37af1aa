import 'reflect-metadata';
import { parse, validate } from 'graphql';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOperation } from '../src/graphql/cost/check-operation';
import { DEFAULT_OPERATOR_LIMITS } from '../src/graphql/limits';
import { buildGraphSchema } from '../src/graphql/schema';
import { RULES_EXTRACTOR_NAME } from '../src/ingest/rules-extractor';
import { startWorkerThread } from '../src/runtime/worker-script';
import type { AttackLoad } from './attack-load';
import { startBenchNeo4j } from './neo4j-subject';

/**
 * Issue 8's attacks. First how long the query budget takes to refuse each
 * (in the gate alone). Then, for each store, `kg serve` in a process of its
 * own, seeded as on a first start: /health/live latency while 10 clients
 * send the costliest queries the budget allows without pause, and the
 * peak RSS of the service (its process and its SQLite workers) while 50
 * clients do. Figures, never assertions: `npm run bench -- --attack`.
 */
const REPO_ROOT = join(__dirname, '../..');
const repeat = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');
const NESTED = `claims(first: 100) { edges { node { subject { relations(first: 100) { edges { node {
  claims(first: 100) { edges { node { sentence article { text } } } } } } } } } } }`;
const PATHS = `paths(fromId: "country:north-korea", toId: "country:ukraine", maxHops: 4, first: 20) {
  steps { relation { claims(first: 100) { edges { node { article { text } } } } } } }`;
const ATTACKS: Record<string, () => string> = {
  '90 aliases, nested 100×100×100': () => `{ ${repeat(90, (i) => `a${i}: ${NESTED}`)} }`,
  'one nested 100×100×100': () => `{ ${NESTED} }`,
  '4,900 repeated fields, fresh comment': () =>
    `# ${Math.random()}\n{ stats { ${repeat(4900, () => 'articles')} } }`,
  'fragment loop, 2^20 fields': () =>
    `{ ...F20 } ${repeat(20, (i) => `fragment F${i + 1} on Query { ... on Query { ...F${i} } ... on Query { ...F${i} } }`)} fragment F0 on Query { stats { articles } }`,
  'paths maxHops 4 ×45': () => `{ ${repeat(45, (i) => `p${i}: ${PATHS}`)} }`,
};

/** The costliest reads within the default budget of 10,000 (9,501 and about 8,500). */
const WORST_WITHIN_BUDGET = [
  `{ claims(first: 100) { edges { node { sentence article { text } subject { relations(first: 3) {
    edges { node { claims(first: 9) { edges { node { sentence article { title } } } } } } } } } } } }`,
  `{ paths(fromId: "country:north-korea", toId: "country:ukraine", maxHops: 4, first: 20) {
    steps { relation { claims(first: 30) { edges { node { sentence article { text } } } } } } } }`,
];

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => value.toFixed(1).padStart(8);

function gateFigures(schema: Awaited<ReturnType<typeof buildGraphSchema>>): void {
  const unguarded = parse(`{ stats { ${repeat(1000, () => 'articles')} } }`);
  let start = performance.now();
  validate(schema, unguarded);
  console.log(
    `graphql-js validation of 1,000 repeated fields, without the gate: ${ms(performance.now() - start)} ms`,
  );
  console.log('\nattack                                  gate median / max ms   verdict');
  for (const [name, make] of Object.entries(ATTACKS)) {
    const gate: number[] = [];
    let verdict = '';
    for (let i = 0; i < 20; i++) {
      start = performance.now();
      const checked = checkOperation(
        schema,
        { query: make() },
        DEFAULT_OPERATOR_LIMITS.queryBudget,
      );
      gate.push(performance.now() - start);
      verdict = 'refusal' in checked ? 'refused' : 'within budget';
    }
    console.log(
      `${name.padEnd(40)}${ms(percentile(gate, 0.5))} /${ms(Math.max(...gate))}   ${verdict}`,
    );
  }
}

/** RSS of a process and its descendants, in bytes, from /proc (Linux); null elsewhere. */
function treeRss(pid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/u.test(name));
  } catch {
    return null;
  }
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of entries) {
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/mu.exec(status)?.[1]));
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // Ended while we looked.
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  return [...tree].reduce((sum, member) => sum + (rss.get(member) ?? 0), 0);
}

interface Served {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** `kg serve` (compiled) in its own process, seeded with the rule-based extractor. */
async function serve(env: Record<string, string>): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-attack-bench-'));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/src/cli/kg.js'), 'serve'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      KG_DATA_DIR: dataDir,
      KG_EXTRACTOR: RULES_EXTRACTOR_NAME,
      KG_LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /kg is serving at (\S+)/u.exec(out)?.[1];
      if (found) resolve(found);
    });
    void exited.then(() => reject(new Error('kg serve ended before serving')));
  });
  // The seed loads in the background: wait until the graph stops growing.
  for (let last = -1; ;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { claims } }' }),
    });
    const claims = ((await response.json()) as { data?: { stats?: { claims: number } } }).data
      ?.stats?.claims;
    if (claims !== undefined && claims > 0 && claims === last) break;
    last = claims ?? -1;
    await new Promise((done) => setTimeout(done, 1_000));
  }
  return {
    url,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Load clients in a thread of their own (see attack-load.ts); the answers counted by code. */
function load(url: string, clients: number, ms: number): Promise<Map<string, number>> {
  const setup: AttackLoad = { url, clients, ms, queries: WORST_WITHIN_BUDGET };
  const worker = startWorkerThread(join(__dirname, 'attack-load'), setup);
  return new Promise((resolve, reject) => {
    worker.once('message', (codes: Map<string, number>) => {
      resolve(codes);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const summary = (codes: Map<string, number>) =>
  [...codes].map(([code, n]) => `${n} ${code}`).join(', ');

async function storeFigures(name: string, env: Record<string, string>): Promise<void> {
  const served = await serve(env);
  try {
    const live: number[] = [];
    const loading = load(served.url, 10, 10_000);
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const start = performance.now();
      await (await fetch(new URL('/health/live', served.url))).text();
      live.push(performance.now() - start);
      await new Promise((done) => setTimeout(done, 20));
    }
    const tenCodes = await loading;

    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRss(served.child.pid!) ?? 0);
    }, 50);
    const fiftyCodes = await load(served.url, 50, 15_000);
    clearInterval(sampler);
    const alive = served.child.exitCode === null;
    console.log(
      `${name.padEnd(7)} /health/live under 10 clients: p50 ${ms(percentile(live, 0.5))} ms, p99 ${ms(percentile(live, 0.99))} ms, max ${ms(Math.max(...live))} ms (${live.length} probes; answers: ${summary(tenCodes)})`,
    );
    console.log(
      `${''.padEnd(7)} 50 clients: peak RSS ${peak > 0 ? `${(peak / 2 ** 20).toFixed(0)} MB` : 'n/a'} (${name === 'sqlite' ? 'service and its SQLite workers' : 'service only; the JVM of Neo4j not counted'}), process ${alive ? 'alive' : 'DEAD'} (answers: ${summary(fiftyCodes)})`,
    );
  } finally {
    await served.stop();
  }
}

/** `npm run bench -- --attack`. */
export async function runAttackBench(): Promise<void> {
  gateFigures(await buildGraphSchema());
  console.log(
    '\nthe costliest queries within the default budget, sent without pause (10 s with 10 clients, 15 s with 50):',
  );
  await storeFigures('sqlite', {});
  let stopNeo4j: () => Promise<void> = () => Promise.resolve();
  try {
    const neo4j = await startBenchNeo4j();
    stopNeo4j = () => neo4j.stop();
    await neo4j.empty();
    await storeFigures('neo4j', { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: '' });
  } catch (error) {
    console.log(`(Neo4j not measured: ${(error as Error).message})`);
  } finally {
    await stopNeo4j();
  }
}
