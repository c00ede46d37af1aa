import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { StoreUnavailableError } from '../../../domain/errors';
import type { WorkerReady, WorkerReply, WorkerSetup } from './worker-protocol';
import { receivedError } from './worker-protocol';
import { startWorkerProcess } from '../../../runtime/worker-script';

const ENTRY = join(__dirname, 'sqlite-worker');

interface Running {
  readonly id: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const stoppedError = (code: number | null, signal: NodeJS.Signals | null) =>
  new Error(`the SQLite worker stopped (${signal ?? `exit code ${code}`})`);

/**
 * One SQLite worker process seen from the server: it runs one port method
 * at a time. A process rather than a thread, because better-sqlite3 cannot
 * interrupt a statement and a worker thread cannot be stopped while
 * SQLite runs one (terminate() waits for the statement to return, and so
 * does the process's exit): a process stops at once when killed. It holds
 * the server's event loop open only while it works, as a connection would.
 */
export class SqliteWorkerProcess {
  private running: Running | undefined;
  private calls = 0;
  private stopped = false;
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.on('message', (reply: WorkerReply) => this.settle(reply));
    child.on('error', (error) => this.fail(error));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.fail(stoppedError(code, signal));
        resolve();
      }),
    );
    this.hold(false);
  }

  /** Resolves once the process's connection is open; rejects with why it could not open. */
  static start(setup: WorkerSetup): Promise<SqliteWorkerProcess> {
    const child = startWorkerProcess(ENTRY, setup);
    return new Promise((resolve, reject) => {
      const failed = (error: unknown) => {
        child.off('message', ready);
        child.off('error', failed);
        child.off('exit', exited);
        child.kill('SIGKILL');
        reject(new StoreUnavailableError('SQLite', error));
      };
      const exited = (code: number | null, signal: NodeJS.Signals | null) =>
        failed(stoppedError(code, signal));
      const ready = (message: WorkerReady) => {
        child.off('error', failed);
        child.off('exit', exited);
        if (message.ready) resolve(new SqliteWorkerProcess(child));
        else failed(receivedError(message.error));
      };
      child.once('message', ready);
      child.once('error', failed);
      child.once('exit', exited);
    });
  }

  get alive(): boolean {
    return !this.stopped;
  }

  /** Runs a port method; only one at a time. */
  run(method: string, args: readonly unknown[]): Promise<unknown> {
    if (this.stopped) {
      return Promise.reject(new StoreUnavailableError('SQLite', new Error('stopped')));
    }
    if (this.running) throw new Error('invariant: a SQLite worker runs one call at a time');
    const id = ++this.calls;
    return new Promise((resolve, reject) => {
      this.running = { id, resolve, reject };
      this.hold(true);
      try {
        this.child.send({ id, method, args });
      } catch (error) {
        // Arguments that cannot be cloned: the caller's mistake, and the worker is still free.
        this.running = undefined;
        this.hold(false);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /**
   * Stops the process at once, whatever it runs: the operating system
   * releases its locks, and SQLite rolls back a transaction it left open.
   * The call it ran fails.
   */
  async kill(): Promise<void> {
    this.stopped = true;
    // Held until it has exited: an idle process does not hold the event loop, and a caller with
    // nothing else running (a command closing the store before it exits) would otherwise end
    // before this resolves, its next steps never run.
    this.child.ref();
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Closes the connection, then the process. */
  async close(): Promise<void> {
    if (!this.stopped && !this.running) await this.run('close', []).catch(() => undefined);
    await this.kill();
  }

  /** Whether the process and its channel keep the server's event loop alive. */
  private hold(busy: boolean): void {
    const channel = this.child.channel as { ref(): void; unref(): void } | null | undefined;
    if (busy) {
      this.child.ref();
      channel?.ref();
    } else {
      this.child.unref();
      channel?.unref();
    }
  }

  private settle(reply: WorkerReply): void {
    const running = this.running;
    if (!running || reply.id !== running.id) return;
    this.running = undefined;
    this.hold(false);
    if ('error' in reply) running.reject(receivedError(reply.error));
    else running.resolve(reply.value);
  }

  private fail(cause: unknown): void {
    this.stopped = true;
    const running = this.running;
    this.running = undefined;
    running?.reject(new StoreUnavailableError('SQLite', cause));
  }
}
