import 'reflect-metadata';
import { parse, validate } from 'graphql';
import { checkOperation } from '../src/graphql/cost/check-operation';
import { DEFAULT_OPERATOR_LIMITS } from '../src/graphql/limits';
import { buildGraphSchema } from '../src/graphql/schema';
import { defaultExtractors } from '../src/ingest/extractor-registry';
import { startKgServer } from '../src/server/create-server';
import { RULES_EXTRACTOR_NAME } from '../src/ingest/rules-extractor';
import { loadSeedIfEmpty } from '../src/server/load-seed';
import { createLogger } from '../src/server/logger';
import { SqliteGraphStore } from '../src/store/sqlite/sqlite-graph-store';

/**
 * Issue 8's attacks against a seeded in-memory SQLite server: how long the
 * query budget takes to refuse each (in the gate alone, and over HTTP), and
 * how /health/live answers while ten clients send attacks without pause.
 * Figures, never assertions: `npm run build && node dist/bench/attack-bench.js`.
 */
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

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => value.toFixed(1).padStart(8);

async function post(url: string, query: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'answered';
}

async function main(): Promise<void> {
  const schema = await buildGraphSchema();
  const unguarded = parse(`{ stats { ${repeat(1000, () => 'articles')} } }`);
  let start = performance.now();
  validate(schema, unguarded);
  console.log(
    `graphql-js validation of 1,000 repeated fields, without the gate: ${ms(performance.now() - start)} ms`,
  );

  const store = new SqliteGraphStore(':memory:');
  await store.migrate();
  const log = createLogger('silent');
  // The attacks read the graph; the rule-based extractor seeds it without a language analyser.
  const extractor = defaultExtractors().create(RULES_EXTRACTOR_NAME);
  await loadSeedIfEmpty(store, 'seed', log, extractor);
  const server = await startKgServer({
    store,
    extractor,
    editorKey: 'bench-editor-key-0123456789',
    log,
    host: '127.0.0.1',
    port: 0,
  });
  console.log(
    '\nattack                                  gate median / max ms   HTTP median / max ms   answer',
  );
  for (const [name, make] of Object.entries(ATTACKS)) {
    const gate: number[] = [];
    const http: number[] = [];
    let code = '';
    for (let i = 0; i < 20; i++) {
      const query = make();
      start = performance.now();
      checkOperation(schema, { query }, DEFAULT_OPERATOR_LIMITS.queryBudget);
      gate.push(performance.now() - start);
      start = performance.now();
      code = await post(server.url, query);
      http.push(performance.now() - start);
    }
    console.log(
      `${name.padEnd(40)}${ms(percentile(gate, 0.5))} /${ms(Math.max(...gate))}   ${ms(percentile(http, 0.5))} /${ms(Math.max(...http))}   ${code}`,
    );
  }

  let attacking = true;
  const names = Object.keys(ATTACKS);
  const attackers = Array.from({ length: 10 }, async (_, k) => {
    let sent = 0;
    while (attacking) await post(server.url, ATTACKS[names[(k + sent++) % names.length]!]!());
    return sent;
  });
  const live: number[] = [];
  const until = Date.now() + 5_000;
  while (Date.now() < until) {
    start = performance.now();
    await (await fetch(new URL('/health/live', server.url))).text();
    live.push(performance.now() - start);
    await new Promise((done) => setTimeout(done, 20));
  }
  attacking = false;
  const sent = (await Promise.all(attackers)).reduce((a, b) => a + b, 0);
  console.log(
    `\n/health/live while 10 clients attack (${sent} attacks in 5 s): p50 ${ms(percentile(live, 0.5))} ms, p99 ${ms(percentile(live, 0.99))} ms, max ${ms(Math.max(...live))} ms (${live.length} probes)`,
  );
  await server.stop();
  await store.close();
}

void main();
