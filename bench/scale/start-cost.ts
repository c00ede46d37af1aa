import neo4j from 'neo4j-driver';
import type { Driver, ProfiledPlan, QueryResult, ResultSummary, Session } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import { fillDayCounts } from '../../src/store/neo4j/neo4j-claim-day-counts';
import type { Runner } from '../../src/store/neo4j/neo4j-cypher';
import { backfillEvidence } from '../../src/store/neo4j/neo4j-evidence-backfill';
import { NEO4J_DRIVER_CONFIG, Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { fillKindCounts } from '../../src/store/neo4j/neo4j-kind-counts';
import { applySchema } from '../../src/store/neo4j/neo4j-migrations';

/**
 * What a start of the Neo4j store costs on the graph already loaded at
 * NEO4J_URI (issue 12): each statement of each start step, run as the
 * store runs it (neo4j-graph-store.ts `connect`: the schema and its fills
 * in auto-commit transactions, the evidence backfill in one transaction,
 * then the day and kind counts), with PROFILE, its database hits and
 * milliseconds; then whole starts (`migrate()` of a store opened anew),
 * unprofiled, their median. Run it on a graph the store already started
 * on once, so that what it measures is a start, not an upgrade:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7711 node dist/bench/scale/start-cost.js [starts]
 */

interface Cost {
  readonly step: string;
  readonly statement: string;
  readonly dbHits: number | null;
  readonly ms: number;
}

function hitsOf(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0);
}

/** A statement PROFILE cannot prefix: schema commands and SHOW. */
const UNPROFILED = /^\s*(CREATE|DROP|SHOW)\b/i;

/**
 * A Runner that profiles what it can and records each statement's cost under `step`, when its
 * result is awaited or, for a result read as a stream (createDayCounts), when the stream ends.
 */
function profiling(runner: Runner, step: string, costs: Cost[]): Runner {
  return {
    run: ((text: string, params?: Record<string, unknown>) => {
      const profiled = !UNPROFILED.test(text);
      const start = performance.now();
      const result = runner.run(profiled ? `PROFILE ${text}` : text, params);
      const record = (summary: ResultSummary) => {
        const plan = summary.profile;
        costs.push({
          step,
          statement: text.split('\n')[0]!.slice(0, 90),
          dbHits: profiled && plan ? hitsOf(plan) : null,
          ms: performance.now() - start,
        });
      };
      return {
        then: (resolve: (value: QueryResult) => unknown, reject: (error: unknown) => unknown) =>
          result
            .then((done) => {
              record(done.summary);
              return done;
            })
            .then(resolve, reject),
        [Symbol.asyncIterator]: () => {
          const records = result[Symbol.asyncIterator]();
          return {
            next: async () => {
              const next = await records.next();
              if (next.done === true) record(next.value);
              return next;
            },
          };
        },
      };
    }) as unknown as Runner['run'],
  };
}

async function inSession<T>(driver: Driver, work: (session: Session) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** One start, step by step, profiled. */
async function profiledStart(driver: Driver): Promise<Cost[]> {
  const costs: Cost[] = [];
  const autoCommit = <T>(step: string, work: (runner: Runner) => Promise<T>) =>
    inSession(driver, (session) => work(profiling(session, step, costs)));
  await autoCommit('applySchema', applySchema);
  await inSession(driver, async (session) => {
    const tx = session.beginTransaction();
    await backfillEvidence(profiling(tx, 'backfillEvidence', costs));
    await tx.commit();
  });
  // fillDayCounts opens its sessions itself, as the store's (neo4j-graph-store.ts) do: each statement profiled.
  await fillDayCounts({
    autoCommit: (_mode, work) => autoCommit('fillDayCounts', work),
    read: (work) => autoCommit('fillDayCounts', work),
    write: (work) => autoCommit('fillDayCounts', work),
  });
  await autoCommit('fillKindCounts', fillKindCounts);
  return costs;
}

async function timedStart(uri: string): Promise<number> {
  const store = new Neo4jGraphStore({ uri, user: 'neo4j', password: '', database: undefined });
  try {
    const start = performance.now();
    await store.migrate();
    return performance.now() - start;
  } finally {
    await store.close();
  }
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const uri = process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7711';
  const starts = Number(process.argv[2] ?? 5);
  const write = (text: string) => process.stdout.write(text);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), NEO4J_DRIVER_CONFIG);
  try {
    const costs = await profiledStart(driver);
    const steps = [...new Set(costs.map((c) => c.step))];
    for (const step of steps) {
      const mine = costs.filter((c) => c.step === step);
      const hits = mine.reduce((sum, c) => sum + (c.dbHits ?? 0), 0);
      const ms = mine.reduce((sum, c) => sum + c.ms, 0);
      write(`${step}: ${hits.toLocaleString('en')} db hits, ${ms.toFixed(0)} ms\n`);
      for (const c of mine)
        write(
          `  ${(c.dbHits === null ? '-' : c.dbHits.toLocaleString('en')).padStart(10)}` +
            `  ${c.ms.toFixed(0).padStart(6)} ms  ${c.statement}\n`,
        );
    }
    const total = costs.reduce((sum, c) => sum + (c.dbHits ?? 0), 0);
    write(`profiled start: ${total.toLocaleString('en')} db hits\n`);
  } finally {
    await driver.close();
  }
  if (starts === 0) return;
  const times: number[] = [];
  for (let i = 0; i < starts; i++) times.push(await timedStart(uri));
  write(
    `migrate() of a store opened anew, ${starts} starts: median ${median(times).toFixed(0)} ms` +
      ` (${times.map((t) => t.toFixed(0)).join(', ')})\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
