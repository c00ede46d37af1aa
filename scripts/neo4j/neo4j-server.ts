// Starts and stops a real Neo4j 5.26 Community server (Bolt only, loopback,
// no auth) built from Neo4j's own Maven artifacts: no Docker, no tarball.
// Used by the CLI (cli.ts) and by jest's global setup (jest-hooks.ts).
//
// Layout (defaults; KG_NEO4J_HOME and KG_NEO4J_CACHE move them):
//   data/neo4j/            one server: neo4j.pid, neo4j.json, neo4j.log
//   data/neo4j/dbms/       Neo4j's home: data/ (the store) and logs/debug.log
//   data/neo4j-cache/      shared: Maven classpath, launcher jar, class-data archive
// Delete data/neo4j/dbms (server stopped) to start from an empty database.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { boltHandshake, canConnect } from './bolt-probe';
import type { JavaCommand } from './java-runtime';
import { prepareJavaCommand, promoteCdsArchive, requireTool } from './java-runtime';
import type { ServerRecord } from './server-process';
import {
  isAlive,
  isOurServer,
  readServerRecord,
  removeServerRecord,
  signal,
  sleep,
  waitForExit,
  writeServerRecord,
} from './server-process';

export interface Neo4jServerOptions {
  /** Server folder (pid file, log, store). Env KG_NEO4J_HOME, default <repo>/data/neo4j. */
  home?: string;
  /** Cache shared by all servers. Env KG_NEO4J_CACHE, default <repo>/data/neo4j-cache. */
  cacheDir?: string;
  /** Bolt port on 127.0.0.1. Env NEO4J_PORT, default 7687. */
  port?: number;
  /** HTTP port on 127.0.0.1, null for none. Env NEO4J_HTTP_PORT, default none. */
  httpPort?: number | null;
  /** JVM heap (-Xms and -Xmx). Env KG_NEO4J_HEAP, default 512m. */
  heap?: string;
  /** Page cache. Env KG_NEO4J_PAGECACHE, default 128m. */
  pageCache?: string;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Progress lines; default: stdout. */
  log?: (line: string) => void;
}

export interface Neo4jStartResult {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
}

export interface Neo4jStatus {
  running: boolean;
  /** A Bolt handshake succeeded. */
  ready: boolean;
  pid: number | null;
  uri: string;
  boltVersion: string | null;
  home: string;
  logFile: string;
}

interface Settings {
  home: string;
  dbmsHome: string;
  logFile: string;
  assetsDir: string;
  cacheDir: string;
  host: string;
  port: number;
  httpPort: number | null;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  log: (line: string) => void;
}

/** Loopback only: with auth disabled, the server must never face a network. */
const HOST = '127.0.0.1';

const READY_MARKER = 'KG_NEO4J READY ';
const FAILED_MARKER = 'KG_NEO4J FAILED';

/**
 * Flags from Neo4j's own neo4j.conf: netty and the page cache reach into
 * java.nio internals, and Lucene/netty use native access.
 */
const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

/**
 * The repository root, found from this file whether it runs as TypeScript
 * (scripts/neo4j) or compiled (dist/scripts/neo4j), else from the working
 * directory: the folder holding scripts/neo4j/pom.xml, which tsc does not copy.
 */
function findRepoRoot(): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 6; i += 1) {
      if (fs.existsSync(path.join(dir, 'scripts', 'neo4j', 'pom.xml'))) return dir;
      dir = path.dirname(dir);
    }
  }
  throw new Error(`cannot find scripts/neo4j/pom.xml above ${__dirname} or ${process.cwd()}`);
}

function envPort(name: string): number | null {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port, got '${raw}'`);
  }
  return port;
}

function resolveSettings(options: Neo4jServerOptions): Settings {
  const root = findRepoRoot();
  const home = path.resolve(
    options.home ?? process.env['KG_NEO4J_HOME'] ?? path.join(root, 'data', 'neo4j'),
  );
  return {
    home,
    dbmsHome: path.join(home, 'dbms'),
    logFile: path.join(home, 'neo4j.log'),
    assetsDir: path.join(root, 'scripts', 'neo4j'),
    cacheDir: path.resolve(
      options.cacheDir ?? process.env['KG_NEO4J_CACHE'] ?? path.join(root, 'data', 'neo4j-cache'),
    ),
    host: HOST,
    port: options.port ?? envPort('NEO4J_PORT') ?? 7687,
    httpPort: options.httpPort === undefined ? envPort('NEO4J_HTTP_PORT') : options.httpPort,
    heap: options.heap ?? process.env['KG_NEO4J_HEAP'] ?? '512m',
    pageCache: options.pageCache ?? process.env['KG_NEO4J_PAGECACHE'] ?? '128m',
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
    // Generous: the first clean stop also writes the ~100 MB class-data archive.
    stopTimeoutMs: options.stopTimeoutMs ?? 60_000,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
  };
}

function boltUri(s: Settings, port = s.port): string {
  return `bolt://${s.host}:${port}`;
}

function readLog(s: Settings): string {
  try {
    return fs.readFileSync(s.logFile, 'utf8');
  } catch {
    return '';
  }
}

function logTail(s: Settings, lines = 40): string {
  const tail = readLog(s).trimEnd().split('\n').slice(-lines).join('\n');
  const debugLog = path.join(s.dbmsHome, 'logs', 'debug.log');
  return `--- last lines of ${s.logFile} ---\n${tail}\n--- more in ${debugLog} ---`;
}

/** The record of a live server of this home, or null (a stale record is removed). */
function runningServer(s: Settings): ServerRecord | null {
  const record = readServerRecord(s.home);
  if (record === null) return null;
  if (isOurServer(record.pid, s.dbmsHome)) return record;
  if (record.cdsPending !== null) promoteCdsArchive(record.cdsPending, false);
  removeServerRecord(s.home);
  return null;
}

/**
 * Waits for the launcher's READY line (the database answers Cypher) and then
 * for a Bolt handshake on the port. Returns the Neo4j version and edition.
 */
async function waitUntilReady(s: Settings, pid: number, port: number): Promise<string> {
  const deadline = Date.now() + s.startTimeoutMs;
  for (;;) {
    const log = readLog(s);
    if (log.includes(FAILED_MARKER)) throw new Error(`Neo4j failed to start\n${logTail(s)}`);
    if (!isAlive(pid)) throw new Error(`Neo4j (pid ${pid}) exited during start\n${logTail(s)}`);
    const ready = log.indexOf(READY_MARKER);
    if (ready >= 0 && (await boltHandshake(s.host, port)) !== null) {
      const words = log.slice(ready + READY_MARKER.length).split(/\s+/);
      return `${words[0] ?? '?'} ${words[1] ?? ''}`.trim();
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `Neo4j was not ready on ${boltUri(s, port)} after ${s.startTimeoutMs / 1000} s\n${logTail(s)}`,
      );
    }
    await sleep(250);
  }
}

/** Never start a second server on a home: reuse the live one, once it is ready. */
async function adoptRunningServer(s: Settings, record: ServerRecord): Promise<Neo4jStartResult> {
  const port = record.port === 0 ? s.port : record.port;
  if (port !== s.port) {
    throw new Error(
      `the Neo4j of ${s.home} already runs on port ${port}, not ${s.port}: stop it first`,
    );
  }
  await waitUntilReady(s, record.pid, port);
  s.log(`Neo4j already running at ${boltUri(s)} (pid ${record.pid})`);
  return { uri: boltUri(s), pid: record.pid, alreadyRunning: true };
}

/** Fails early and clearly instead of letting the JVM die on a bind error. */
async function assertPortsFree(s: Settings): Promise<void> {
  for (const port of [s.port, s.httpPort]) {
    if (port !== null && (await canConnect(s.host, port))) {
      throw new Error(
        `port ${port} on ${s.host} is taken by a process that is not the Neo4j of ${s.home}; ` +
          'stop it or choose another port (NEO4J_PORT / NEO4J_HTTP_PORT)',
      );
    }
  }
}

/** Keeps the previous run's output as neo4j.log.1 for post-mortems. */
function rotateLog(s: Settings): void {
  if (fs.existsSync(s.logFile)) fs.renameSync(s.logFile, `${s.logFile}.1`);
}

function launcherArgs(s: Settings, command: JavaCommand): string[] {
  const server = ['--home', s.dbmsHome, '--port', String(s.port), '--page-cache', s.pageCache];
  if (s.httpPort !== null) server.push('--http-port', String(s.httpPort));
  return [
    `-Xms${s.heap}`,
    `-Xmx${s.heap}`,
    ...NEO4J_JVM_FLAGS,
    ...command.cdsArgs,
    ...command.mainArgs,
    ...server,
  ];
}

/**
 * Detached, in its own process group, with output to a file: the server
 * outlives the CLI or jest process that started it, and Ctrl-C in a
 * terminal does not reach it. stopNeo4j ends it.
 */
function spawnServer(s: Settings, command: JavaCommand): number {
  fs.mkdirSync(s.dbmsHome, { recursive: true });
  rotateLog(s);
  const out = fs.openSync(s.logFile, 'a');
  const child = spawn('java', launcherArgs(s, command), {
    cwd: s.home,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.once('error', () => undefined); // Reported below through the missing pid.
  if (child.pid === undefined) throw new Error('could not spawn java');
  child.unref();
  writeServerRecord(s.home, { pid: child.pid, port: s.port, cdsPending: command.cdsPending });
  return child.pid;
}

/** SIGTERM (Neo4j checkpoints and closes the store), SIGKILL after the timeout. */
async function terminate(s: Settings, pid: number): Promise<boolean> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, s.stopTimeoutMs)) return true;
  s.log(`Neo4j (pid ${pid}) did not stop within ${s.stopTimeoutMs / 1000} s: killing it`);
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
  return false;
}

export function neo4jUri(options: Neo4jServerOptions = {}): string {
  return boltUri(resolveSettings(options));
}

/** The pid in a lock file; null while it is being written or already gone. */
function lockOwner(lock: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Serialises starts on one home (two jest runs at once, say): the second
 * waits for the first and then finds its server. A lock whose owner died is taken over.
 */
async function withStartLock<T>(s: Settings, work: () => Promise<T>): Promise<T> {
  const lock = path.join(s.home, 'start.lock');
  fs.mkdirSync(s.home, { recursive: true });
  const deadline = Date.now() + s.startTimeoutMs + 600_000; // Maven's first download is slow.
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(lock);
    if (owner !== null && !isAlive(owner)) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new Error(`another start holds ${lock}`);
    await sleep(500);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

export function startNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jStartResult> {
  const s = resolveSettings(options);
  return withStartLock(s, () => startLocked(s));
}

async function startLocked(s: Settings): Promise<Neo4jStartResult> {
  const existing = runningServer(s);
  if (existing !== null) return adoptRunningServer(s, existing);

  requireTool('java');
  await assertPortsFree(s);
  const started = Date.now();
  const command = await prepareJavaCommand(s, s.log);
  const pid = spawnServer(s, command);
  try {
    const version = await waitUntilReady(s, pid, s.port);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    s.log(`Neo4j ${version} ready at ${boltUri(s)} (pid ${pid}, ${seconds} s)`);
    return { uri: boltUri(s), pid, alreadyRunning: false };
  } catch (error) {
    await terminate(s, pid);
    if (command.cdsPending !== null) promoteCdsArchive(command.cdsPending, false);
    removeServerRecord(s.home);
    throw error;
  }
}

export async function stopNeo4j(options: Neo4jServerOptions = {}): Promise<void> {
  const s = resolveSettings(options);
  const record = readServerRecord(s.home);
  if (record === null || !isOurServer(record.pid, s.dbmsHome)) {
    runningServer(s); // Clears a stale record.
    s.log('Neo4j is not running');
    return;
  }
  s.log(`stopping Neo4j (pid ${record.pid})...`);
  const clean = await terminate(s, record.pid);
  if (record.cdsPending !== null) promoteCdsArchive(record.cdsPending, clean);
  removeServerRecord(s.home);
  s.log(clean ? 'Neo4j stopped' : 'Neo4j killed');
}

export async function restartNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jStartResult> {
  await stopNeo4j(options);
  return startNeo4j(options);
}

export async function neo4jStatus(options: Neo4jServerOptions = {}): Promise<Neo4jStatus> {
  const s = resolveSettings(options);
  const record = runningServer(s);
  const port = record !== null && record.port !== 0 ? record.port : s.port;
  const boltVersion = record === null ? null : await boltHandshake(s.host, port);
  return {
    running: record !== null,
    ready: boltVersion !== null,
    pid: record?.pid ?? null,
    uri: boltUri(s, port),
    boltVersion,
    home: s.home,
    logFile: s.logFile,
  };
}
