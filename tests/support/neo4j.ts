import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';

/**
 * How tests reach Neo4j.
 *
 * - NEO4J_URI set (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): that server.
 * - Otherwise the project's own server (scripts/neo4j), started or reused;
 *   one started here keeps running after the tests (`npm run neo4j:stop`).
 *
 * Jest must know while it collects tests whether to define the Neo4j suites,
 * and collection is synchronous: the server is started and probed in a
 * child process. When Neo4j cannot be reached, the suites are skipped with
 * one notice, except under CI=true, where that is an error.
 *
 * The tests empty the database before each test. To never wipe a graph
 * someone cares about, they only work on a database that is empty or that
 * they marked as theirs (a :KgTestDatabase node, which no store query
 * reads), and test files using Neo4j take turns through a lock file.
 */

export interface Neo4jTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

const ROOT = resolve(__dirname, '../..');
const RUN_THEM = 'run `npm run neo4j:start`, then `npm test`';

function fromEnvironment(): Neo4jTarget | null {
  const uri = process.env['NEO4J_URI'];
  if (!uri) return null;
  return {
    uri,
    user: process.env['NEO4J_USER'] ?? 'neo4j',
    password: process.env['NEO4J_PASSWORD'] ?? '',
    database: process.env['NEO4J_DATABASE'] || undefined,
  };
}

/** Runs scripts/neo4j's startNeo4j (TypeScript, compiled on the fly) in a child; prints its result. */
const START_PROJECT_SERVER = `
const fs = require('node:fs');
const ts = require('typescript');
require.extensions['.ts'] = (module, file) => {
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  module._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: options }).outputText, file);
};
require(process.argv[1]).startNeo4j({ log: (line) => process.stderr.write(line + '\\n') }).then(
  (started) => process.stdout.write(JSON.stringify(started)),
  (error) => { process.stderr.write(String(error && error.message ? error.message : error)); process.exitCode = 1; },
);`;

/** Answers when a trivial query runs, through the same driver the store uses. */
const PROBE = `
const neo4j = require('neo4j-driver');
const t = JSON.parse(process.argv[1]);
const driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password), { connectionTimeout: 5000, maxTransactionRetryTime: 0 });
const session = driver.session({ database: t.database });
session.run('RETURN 1').then(
  () => undefined,
  (error) => { process.stderr.write(error.code + ': ' + error.message); process.exitCode = 1; },
).finally(() => session.close().then(() => driver.close()));`;

function node(script: string, argument: string, timeoutMs: number) {
  return spawnSync(process.execPath, ['-e', script, argument], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
}

/** The reachable target, or why there is none. */
function findNeo4j(): { target: Neo4jTarget } | { problem: string } {
  let target = fromEnvironment();
  if (target === null) {
    // Maven's first download of Neo4j can take minutes; later starts take seconds.
    const started = node(
      START_PROJECT_SERVER,
      join(ROOT, 'scripts/neo4j/neo4j-server.ts'),
      900_000,
    );
    if (started.status !== 0) {
      const last = started.stderr.trim().split('\n').slice(-12).join('\n');
      return { problem: `the project's Neo4j did not start: ${last}` };
    }
    const { uri, alreadyRunning } = JSON.parse(started.stdout) as {
      uri: string;
      alreadyRunning: boolean;
    };
    if (!alreadyRunning) {
      console.info(`Started Neo4j at ${uri} for the tests; it keeps running (npm run neo4j:stop).`);
    }
    target = { uri, user: 'neo4j', password: '', database: undefined };
  }
  const probe = node(PROBE, JSON.stringify(target), 30_000);
  if (probe.status !== 0) {
    return { problem: `Neo4j at ${target.uri} does not answer: ${probe.stderr.trim()}` };
  }
  return { target };
}

const found = findNeo4j();

/** The Neo4j the tests use, or null when the Neo4j suites are skipped. */
export const NEO4J_TARGET: Neo4jTarget | null = 'target' in found ? found.target : null;

/**
 * One notice per jest run, however many test files use Neo4j: the first to
 * create a file named after the run (the jest process, parent of forked
 * workers) prints it.
 */
function noticeOnce(message: string): void {
  const run = process.send === undefined ? process.pid : process.ppid;
  try {
    writeFileSync(join(tmpdir(), `kg-neo4j-skipped-${run}`), '', { flag: 'wx' });
  } catch {
    return;
  }
  console.warn(message);
}

if ('problem' in found) {
  if (process.env['CI'] === 'true') {
    throw new Error(`CI needs Neo4j for the Neo4j store tests, and ${found.problem}`);
  }
  const fix = fromEnvironment()
    ? 'start the Neo4j that NEO4J_URI names, or unset NEO4J_URI and ' + RUN_THEM
    : RUN_THEM;
  noticeOnce(`Neo4j store tests skipped: ${found.problem}\nTo run them, ${fix}.`);
}

/** One test file at a time per Neo4j: each empties the database. */
function lockFile(target: Neo4jTarget): string {
  const key = createHash('sha256')
    .update(`${target.uri} ${target.database ?? ''}`)
    .digest('hex');
  return join(tmpdir(), `kg-neo4j-tests-${key.slice(0, 16)}.lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function takeLock(file: string): Promise<void> {
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner = Number.NaN;
    try {
      owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      continue; // Released between our two calls.
    }
    if (Number.isInteger(owner) && !isAlive(owner)) rmSync(file, { force: true });
    else await new Promise((done) => setTimeout(done, 200));
  }
}

/** Empties the database, refusing one that holds data the tests did not put there. */
async function emptyDatabase(driver: Driver, target: Neo4jTarget): Promise<void> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (mark:KgTestDatabase) WITH count(mark) AS marks
     OPTIONAL MATCH (n) WHERE NOT n:KgTestDatabase
     RETURN marks, count(n) AS others`,
    {},
    { database: target.database },
  );
  const marks = Number(records[0]?.get('marks'));
  const others = Number(records[0]?.get('others'));
  if (marks === 0 && others > 0) {
    throw new Error(
      `Neo4j at ${target.uri} holds ${others} nodes that the tests did not create, and the tests empty the database. ` +
        'Give the tests a database of their own, for instance: KG_NEO4J_HOME=data/neo4j-test NEO4J_PORT=7688 ' +
        'npm run neo4j:start, then NEO4J_URI=bolt://127.0.0.1:7688 npm test.',
    );
  }
  await driver.executeQuery(
    'MERGE (:KgTestDatabase) WITH 1 AS done MATCH (n) WHERE NOT n:KgTestDatabase DETACH DELETE n',
    {},
    { database: target.database },
  );
}

export interface Neo4jForTests {
  readonly target: Neo4jTarget;
  /** A migrated store on an empty database. */
  openEmptyStore(): Promise<Neo4jGraphStore>;
  /** Runs Cypher beside the store, for tests that inspect the graph or the schema. */
  query(text: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

/**
 * Defines `body` when Neo4j is reachable; otherwise skips it (its tests
 * show as skipped). The suite holds the Neo4j test lock from its first
 * test to its last.
 */
export function describeWithNeo4j(name: string, body: (neo4j: Neo4jForTests) => void): void {
  const target = NEO4J_TARGET;
  if (target === null) {
    const unreachable: Neo4jForTests = {
      target: { uri: 'bolt://unreachable', user: '', password: '', database: undefined },
      openEmptyStore: () => Promise.reject(new Error('Neo4j is not reachable')),
      query: () => Promise.reject(new Error('Neo4j is not reachable')),
    };
    describe.skip(name, () => body(unreachable));
    return;
  }
  describe(name, () => {
    const lock = lockFile(target);
    let admin: Driver | undefined;
    beforeAll(async () => {
      await takeLock(lock);
      admin = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
        disableLosslessIntegers: true,
      });
    }, 600_000);
    afterAll(async () => {
      await admin?.close();
      rmSync(lock, { force: true });
    });
    body({
      target,
      openEmptyStore: async () => {
        await emptyDatabase(admin!, target);
        const store = new Neo4jGraphStore(target);
        await store.migrate();
        return store;
      },
      query: async (text, params = {}) => {
        const { records } = await admin!.executeQuery(text, params, { database: target.database });
        return records.map((record) => record.toObject() as Record<string, unknown>);
      },
    });
  });
}
