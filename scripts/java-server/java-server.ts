// The life of a server that a project launcher (scripts/<server>/Launcher.java)
// runs on the JVM: start it detached (or reuse the one already running on
// its home), wait until it answers, stop it, report its status. Neo4j
// (scripts/neo4j) and Stanford CoreNLP (scripts/nlp) are each one
// JavaServerSpec; what differs between them is data and a readiness probe.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { JavaCommand, JavaRuntimeSpec } from './java-runtime';
import { prepareJavaCommand, promoteCdsArchive, requireTool } from './java-runtime';
import type { ServerFiles, ServerRecord } from './server-process';
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
import { canConnect } from './tcp-probe';

export interface JavaServerSpec {
  /** The server's name in messages: "Neo4j", "CoreNLP". */
  name: string;
  /** Folder and base name of its pid, record and log files. */
  files: ServerFiles;
  /** The --home the launcher gets; with the pid it tells our server from another process. */
  launcherHome: string;
  runtime: JavaRuntimeSpec;
  host: string;
  port: number;
  /** Other ports it binds, checked free before a start. */
  otherPorts: readonly number[];
  /** The variables that choose the ports, for the "port taken" message. */
  portVariables: string;
  /** What else a running server must have been started with to be reused (or ''). */
  profile: string;
  jvmArgs: readonly string[];
  launcherArgs: readonly string[];
  /** The launcher prints "<marker> READY ..." once it serves, "<marker> FAILED ..." when it cannot. */
  marker: string;
  /** Non-null (a version, a state) when the server answers on `port`. */
  probe: (port: number) => Promise<string | null>;
  url: (port: number) => string;
  /** Where to look beyond the log file's tail, if anywhere. */
  moreLogs: string | null;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  log: (line: string) => void;
}

export interface JavaServerStart {
  url: string;
  pid: number;
  alreadyRunning: boolean;
}

export interface JavaServerStatus {
  running: boolean;
  /** What the probe answered, null when the server does not answer (yet). */
  answer: string | null;
  pid: number | null;
  url: string;
  home: string;
  logFile: string;
}

/** The folder holding `marker` (a file under scripts/, which tsc does not copy to dist). */
export function findRepoRoot(marker: string): string {
  for (const start of [__dirname, process.cwd()]) {
    let dir = start;
    for (let i = 0; i < 6; i += 1) {
      if (fs.existsSync(path.join(dir, marker))) return dir;
      dir = path.dirname(dir);
    }
  }
  throw new Error(`cannot find ${marker} above ${__dirname} or ${process.cwd()}`);
}

/** A TCP port from the environment; null when unset. */
export function envPort(name: string): number | null {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port, got '${raw}'`);
  }
  return port;
}

export function logFile(spec: JavaServerSpec): string {
  return path.join(spec.files.home, `${spec.files.name}.log`);
}

function readLog(spec: JavaServerSpec): string {
  try {
    return fs.readFileSync(logFile(spec), 'utf8');
  } catch {
    return '';
  }
}

function logTail(spec: JavaServerSpec, lines = 40): string {
  const tail = readLog(spec).trimEnd().split('\n').slice(-lines).join('\n');
  const more = spec.moreLogs === null ? '' : `\n--- more in ${spec.moreLogs} ---`;
  return `--- last lines of ${logFile(spec)} ---\n${tail}${more}`;
}

/** The record of a live server of this home, or null (a stale record is removed). */
function runningServer(spec: JavaServerSpec): ServerRecord | null {
  const record = readServerRecord(spec.files);
  if (record === null) return null;
  if (isOurServer(record.pid, spec.launcherHome)) return record;
  if (record.cdsPending !== null) promoteCdsArchive(record.cdsPending, false);
  removeServerRecord(spec.files);
  return null;
}

/**
 * Waits for the launcher's READY line and then for the probe to answer on
 * the port. Returns the rest of the READY line (version, address).
 */
async function waitUntilReady(spec: JavaServerSpec, pid: number, port: number): Promise<string> {
  const readyMarker = `${spec.marker} READY `;
  const deadline = Date.now() + spec.startTimeoutMs;
  for (;;) {
    const log = readLog(spec);
    if (log.includes(`${spec.marker} FAILED`)) {
      throw new Error(`${spec.name} failed to start\n${logTail(spec)}`);
    }
    if (!isAlive(pid)) {
      throw new Error(`${spec.name} (pid ${pid}) exited during start\n${logTail(spec)}`);
    }
    const ready = log.indexOf(readyMarker);
    if (ready >= 0 && (await spec.probe(port)) !== null) {
      return (
        log
          .slice(ready + readyMarker.length)
          .split('\n')[0]
          ?.trim() ?? ''
      );
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `${spec.name} was not ready on ${spec.url(port)} after ${spec.startTimeoutMs / 1000} s\n${logTail(spec)}`,
      );
    }
    await sleep(250);
  }
}

/** Never start a second server on a home: reuse the live one, once it is ready. */
async function adoptRunningServer(
  spec: JavaServerSpec,
  record: ServerRecord,
): Promise<JavaServerStart> {
  const port = record.port === 0 ? spec.port : record.port;
  if (port !== spec.port || record.profile !== spec.profile) {
    const runs = `port ${port}${record.profile === '' ? '' : ` (${record.profile})`}`;
    const wanted = `port ${spec.port}${spec.profile === '' ? '' : ` (${spec.profile})`}`;
    throw new Error(
      `the ${spec.name} of ${spec.files.home} already runs on ${runs}, not ${wanted}: stop it first`,
    );
  }
  await waitUntilReady(spec, record.pid, port);
  spec.log(`${spec.name} already running at ${spec.url(port)} (pid ${record.pid})`);
  return { url: spec.url(port), pid: record.pid, alreadyRunning: true };
}

/** Fails early and clearly instead of letting the JVM die on a bind error. */
async function assertPortsFree(spec: JavaServerSpec): Promise<void> {
  for (const port of [spec.port, ...spec.otherPorts]) {
    if (await canConnect(spec.host, port)) {
      throw new Error(
        `port ${port} on ${spec.host} is taken by a process that is not the ${spec.name} of ${spec.files.home}; ` +
          `stop it or choose another port (${spec.portVariables})`,
      );
    }
  }
}

/** Keeps the previous run's output as <name>.log.1 for post-mortems. */
function rotateLog(spec: JavaServerSpec): void {
  const file = logFile(spec);
  if (fs.existsSync(file)) fs.renameSync(file, `${file}.1`);
}

function javaArgs(spec: JavaServerSpec, command: JavaCommand): string[] {
  return [...spec.jvmArgs, ...command.cdsArgs, ...command.mainArgs, ...spec.launcherArgs];
}

/**
 * Detached, in its own process group, with output to a file: the server
 * outlives the CLI or jest process that started it, and Ctrl-C in a
 * terminal does not reach it. stopJavaServer ends it.
 */
function spawnServer(spec: JavaServerSpec, command: JavaCommand): number {
  fs.mkdirSync(spec.launcherHome, { recursive: true });
  rotateLog(spec);
  const out = fs.openSync(logFile(spec), 'a');
  const child = spawn('java', javaArgs(spec, command), {
    cwd: spec.files.home,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.once('error', () => undefined); // Reported below through the missing pid.
  if (child.pid === undefined) throw new Error('could not spawn java');
  child.unref();
  writeServerRecord(spec.files, {
    pid: child.pid,
    port: spec.port,
    profile: spec.profile,
    cdsPending: command.cdsPending,
  });
  return child.pid;
}

/** SIGTERM (the launcher's shutdown hook closes cleanly), SIGKILL after the timeout. */
async function terminate(spec: JavaServerSpec, pid: number): Promise<boolean> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, spec.stopTimeoutMs)) return true;
  spec.log(
    `${spec.name} (pid ${pid}) did not stop within ${spec.stopTimeoutMs / 1000} s: killing it`,
  );
  signal(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
  return false;
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
 * Serialises starts on one home (two jest workers at once, say): the second
 * waits for the first and then finds its server. A lock whose owner died is taken over.
 */
async function withStartLock<T>(spec: JavaServerSpec, work: () => Promise<T>): Promise<T> {
  const lock = path.join(spec.files.home, 'start.lock');
  fs.mkdirSync(spec.files.home, { recursive: true });
  const deadline = Date.now() + spec.startTimeoutMs + 1_200_000; // Maven's first download is slow.
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

async function startLocked(spec: JavaServerSpec): Promise<JavaServerStart> {
  const existing = runningServer(spec);
  if (existing !== null) return adoptRunningServer(spec, existing);

  requireTool('java', spec.runtime.product);
  await assertPortsFree(spec);
  const started = Date.now();
  const command = await prepareJavaCommand(spec.runtime, spec.log);
  const pid = spawnServer(spec, command);
  try {
    const ready = await waitUntilReady(spec, pid, spec.port);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    spec.log(`${spec.name} ready: ${ready} (pid ${pid}, ${seconds} s)`);
    return { url: spec.url(spec.port), pid, alreadyRunning: false };
  } catch (error) {
    await terminate(spec, pid);
    if (command.cdsPending !== null) promoteCdsArchive(command.cdsPending, false);
    removeServerRecord(spec.files);
    throw error;
  }
}

export function startJavaServer(spec: JavaServerSpec): Promise<JavaServerStart> {
  return withStartLock(spec, () => startLocked(spec));
}

export async function stopJavaServer(spec: JavaServerSpec): Promise<void> {
  const record = readServerRecord(spec.files);
  if (record === null || !isOurServer(record.pid, spec.launcherHome)) {
    runningServer(spec); // Clears a stale record.
    spec.log(`${spec.name} is not running`);
    return;
  }
  spec.log(`stopping ${spec.name} (pid ${record.pid})...`);
  const clean = await terminate(spec, record.pid);
  if (record.cdsPending !== null) promoteCdsArchive(record.cdsPending, clean);
  removeServerRecord(spec.files);
  spec.log(clean ? `${spec.name} stopped` : `${spec.name} killed`);
}

export async function javaServerStatus(spec: JavaServerSpec): Promise<JavaServerStatus> {
  const record = runningServer(spec);
  const port = record !== null && record.port !== 0 ? record.port : spec.port;
  return {
    running: record !== null,
    answer: record === null ? null : await spec.probe(port),
    pid: record?.pid ?? null,
    url: spec.url(port),
    home: spec.files.home,
    logFile: logFile(spec),
  };
}

export async function restartJavaServer(spec: JavaServerSpec): Promise<JavaServerStart> {
  await stopJavaServer(spec);
  return startJavaServer(spec);
}

/**
 * Runs the server in the foreground, as a container's main process: its
 * output is this process's, SIGTERM and SIGINT are passed on, and no pid
 * record is kept. Resolves with its exit code.
 */
export async function runJavaServer(spec: JavaServerSpec): Promise<number> {
  requireTool('java', spec.runtime.product);
  const command = await prepareJavaCommand(spec.runtime, spec.log);
  fs.mkdirSync(spec.launcherHome, { recursive: true });
  const child = spawn('java', javaArgs(spec, command), { cwd: spec.files.home, stdio: 'inherit' });
  const passOn = (name: NodeJS.Signals): void => {
    child.kill(name);
  };
  process.on('SIGTERM', passOn).on('SIGINT', passOn);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  if (command.cdsPending !== null) promoteCdsArchive(command.cdsPending, code === 0);
  return code;
}
