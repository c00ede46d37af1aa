// Starts and stops a real Neo4j 5.26 Community server (Bolt only, loopback,
// no auth) built from Neo4j's own Maven artifacts: no Docker, no tarball.
// Used by the CLI (cli.ts), the tests and the bench. The process handling is
// scripts/java-server's; this file says what makes it Neo4j.
//
// Layout (defaults; KG_NEO4J_HOME and KG_NEO4J_CACHE move them):
//   data/neo4j/            one server: neo4j.pid, neo4j.json, neo4j.log
//   data/neo4j/dbms/       Neo4j's home: data/ (the store) and logs/debug.log
//   data/neo4j-cache/      shared: Maven classpath, launcher jar, class-data archive
// Delete data/neo4j/dbms (server stopped) to start from an empty database.
import * as path from 'node:path';

import type { JavaServerSpec } from '../java-server/java-server';
import {
  envPort,
  findRepoRoot,
  javaServerStatus,
  restartJavaServer,
  startJavaServer,
  stopJavaServer,
} from '../java-server/java-server';
import { readPomProperty } from '../java-server/java-runtime';
import { boltHandshake } from './bolt-probe';

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

/** Loopback only: with auth disabled, the server must never face a network. */
const HOST = '127.0.0.1';

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

function boltUri(port: number): string {
  return `bolt://${HOST}:${port}`;
}

function resolveSpec(options: Neo4jServerOptions): JavaServerSpec {
  const root = findRepoRoot(path.join('scripts', 'neo4j', 'pom.xml'));
  const home = path.resolve(
    options.home ?? process.env['KG_NEO4J_HOME'] ?? path.join(root, 'data', 'neo4j'),
  );
  const dbmsHome = path.join(home, 'dbms');
  const assetsDir = path.join(root, 'scripts', 'neo4j');
  const port = options.port ?? envPort('NEO4J_PORT') ?? 7687;
  const httpPort = options.httpPort === undefined ? envPort('NEO4J_HTTP_PORT') : options.httpPort;
  const heap = options.heap ?? process.env['KG_NEO4J_HEAP'] ?? '512m';
  const pageCache = options.pageCache ?? process.env['KG_NEO4J_PAGECACHE'] ?? '128m';
  const server = ['--home', dbmsHome, '--port', String(port), '--page-cache', pageCache];
  if (httpPort !== null) server.push('--http-port', String(httpPort));
  return {
    name: 'Neo4j',
    files: { home, name: 'neo4j' },
    launcherHome: dbmsHome,
    runtime: {
      assetsDir,
      cacheDir: path.resolve(
        options.cacheDir ?? process.env['KG_NEO4J_CACHE'] ?? path.join(root, 'data', 'neo4j-cache'),
      ),
      product: `Neo4j ${readPomProperty(assetsDir, 'neo4j.version')}`,
      firstDownload: '~125 MB',
      mavenArgs: [],
      classDataSharing: process.env['KG_NEO4J_CDS'] !== '0',
    },
    host: HOST,
    port,
    otherPorts: httpPort === null ? [] : [httpPort],
    portVariables: 'NEO4J_PORT / NEO4J_HTTP_PORT',
    profile: '',
    jvmArgs: [`-Xms${heap}`, `-Xmx${heap}`, ...NEO4J_JVM_FLAGS],
    launcherArgs: server,
    // The launcher prints READY once the database answers Cypher; the Bolt
    // handshake then proves the port is Neo4j's.
    marker: 'KG_NEO4J',
    probe: (boltPort) => boltHandshake(HOST, boltPort),
    url: boltUri,
    moreLogs: path.join(dbmsHome, 'logs', 'debug.log'),
    startTimeoutMs: options.startTimeoutMs ?? 120_000,
    // Generous: the first clean stop also writes the ~100 MB class-data archive.
    stopTimeoutMs: options.stopTimeoutMs ?? 60_000,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
  };
}

export function neo4jUri(options: Neo4jServerOptions = {}): string {
  const spec = resolveSpec(options);
  return spec.url(spec.port);
}

export async function startNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jStartResult> {
  const { url, pid, alreadyRunning } = await startJavaServer(resolveSpec(options));
  return { uri: url, pid, alreadyRunning };
}

export function stopNeo4j(options: Neo4jServerOptions = {}): Promise<void> {
  return stopJavaServer(resolveSpec(options));
}

export async function restartNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jStartResult> {
  const { url, pid, alreadyRunning } = await restartJavaServer(resolveSpec(options));
  return { uri: url, pid, alreadyRunning };
}

export async function neo4jStatus(options: Neo4jServerOptions = {}): Promise<Neo4jStatus> {
  const status = await javaServerStatus(resolveSpec(options));
  return {
    running: status.running,
    ready: status.answer !== null,
    pid: status.pid,
    uri: status.url,
    boltVersion: status.answer,
    home: status.home,
    logFile: status.logFile,
  };
}
