import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { StoreUnavailableError } from '../../../domain/errors';
import type { WorkerReady, WorkerReply, WorkerSetup } from './worker-protocol';
import { receivedError } from './worker-protocol';
import { startWorker } from './worker-script';

const ENTRY = join(__dirname, 'sqlite-worker');

interface Running {
  readonly id: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * One SQLite worker thread seen from the main thread: it runs one port
 * method at a time. It holds the process open only while it works, as a
 * connection would not hold it open either.
 */
export class SqliteWorkerThread {
  private running: Running | undefined;
  private calls = 0;
  private stopped = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) =>
      this.fail(new Error(`the SQLite worker stopped (exit code ${code})`)),
    );
    worker.unref();
  }

  /** Resolves once the thread's connection is open; rejects with why it could not open. */
  static start(setup: WorkerSetup): Promise<SqliteWorkerThread> {
    const worker = startWorker(ENTRY, setup);
    return new Promise((resolve, reject) => {
      const failed = (error: unknown) => {
        worker.off('message', ready);
        void worker.terminate();
        reject(new StoreUnavailableError('SQLite', error));
      };
      const exited = (code: number) =>
        failed(new Error(`the SQLite worker stopped (exit code ${code})`));
      const ready = (message: WorkerReady) => {
        worker.off('error', failed);
        worker.off('exit', exited);
        if (message.ready) resolve(new SqliteWorkerThread(worker));
        else failed(receivedError(message.error));
      };
      worker.once('message', ready);
      worker.once('error', failed);
      worker.once('exit', exited);
    });
  }

  get alive(): boolean {
    return !this.stopped;
  }

  /** Runs a port method; only one at a time. */
  run(method: string, args: readonly unknown[]): Promise<unknown> {
    if (this.stopped)
      return Promise.reject(new StoreUnavailableError('SQLite', new Error('stopped')));
    if (this.running) throw new Error('invariant: a SQLite worker runs one call at a time');
    const id = ++this.calls;
    return new Promise((resolve, reject) => {
      this.running = { id, resolve, reject };
      this.worker.ref();
      try {
        this.worker.postMessage({ id, method, args });
      } catch (error) {
        // Arguments that cannot be cloned: the caller's mistake, and the thread is still free.
        this.running = undefined;
        this.worker.unref();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /**
   * Stops the thread at once, whatever it runs: its connection closes, and
   * SQLite rolls back a transaction left open. The call it ran fails.
   */
  async kill(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }

  /** Closes the connection, then the thread. */
  async close(): Promise<void> {
    if (!this.stopped && !this.running) await this.run('close', []).catch(() => undefined);
    await this.kill();
  }

  private settle(reply: WorkerReply): void {
    const running = this.running;
    if (!running || reply.id !== running.id) return;
    this.running = undefined;
    this.worker.unref();
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
