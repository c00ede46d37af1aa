// A launcher's process as seen from outside: its pid file, whether that pid
// is still our server, and waiting for it to go away. Works across processes
// (the CLIs, jest, a test that restarts a server).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What a start leaves in the server folder for later stops and status calls. */
export interface ServerRecord {
  pid: number;
  port: number;
  /** What else the server was started with that a reuse must match (CoreNLP's languages). */
  profile: string;
  /** A class-data archive the JVM dumps at exit, to promote after a clean stop. */
  cdsPending: { tmp: string; final: string } | null;
}

/** Where a server's files live: `<home>/<name>.pid`, `<name>.json` and `<name>.log`. */
export interface ServerFiles {
  home: string;
  name: string;
}

export function pidFile(files: ServerFiles): string {
  return path.join(files.home, `${files.name}.pid`);
}

function recordFile(files: ServerFiles): string {
  return path.join(files.home, `${files.name}.json`);
}

/**
 * <name>.pid holds the bare pid (for `kill $(cat ...)`); <name>.json holds the
 * rest. The pid is written first so that an interrupted start can still be stopped.
 */
export function writeServerRecord(files: ServerFiles, record: ServerRecord): void {
  fs.writeFileSync(pidFile(files), `${record.pid}\n`);
  fs.writeFileSync(recordFile(files), `${JSON.stringify(record, null, 2)}\n`);
}

export function readServerRecord(files: ServerFiles): ServerRecord | null {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(pidFile(files), 'utf8').trim(), 10);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    const parsed = JSON.parse(fs.readFileSync(recordFile(files), 'utf8')) as Partial<ServerRecord>;
    if (parsed.pid === pid && typeof parsed.port === 'number') {
      return {
        pid,
        port: parsed.port,
        profile: parsed.profile ?? '',
        cdsPending: parsed.cdsPending ?? null,
      };
    }
  } catch {
    // Only the pid file survived: still enough to stop the process.
  }
  return { pid, port: 0, profile: '', cdsPending: null };
}

export function removeServerRecord(files: ServerFiles): void {
  fs.rmSync(pidFile(files), { force: true });
  fs.rmSync(recordFile(files), { force: true });
}

/** Alive and not a zombie (a dead child of ours not reaped yet still answers kill 0). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but someone else's; ESRCH: gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // No /proc (not Linux): trust kill 0.
  }
}

/**
 * Guards against pid reuse after a reboot or crash: the pid must be a java
 * running a launcher of ours on this very home (its --home argument), or we leave it alone.
 */
export function isOurServer(pid: number, launcherHome: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux'; // Cannot check elsewhere: trust the pid file.
  }
  const args = cmdline.split('\0');
  const homeIndex = args.indexOf('--home');
  return (
    args.some((arg) => arg.endsWith('Launcher') || arg.endsWith('Launcher.java')) &&
    homeIndex >= 0 &&
    args[homeIndex + 1] === launcherHome
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until the process is gone; false on timeout. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Sends a signal, ignoring a process that has already gone. */
export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
