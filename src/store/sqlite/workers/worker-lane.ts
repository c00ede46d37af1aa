import { StoreUnavailableError } from '../../../domain/errors';
import { timeLeft, timeoutError } from '../../request-deadline';
import { SqliteWorkerProcess } from './sqlite-worker-process';
import type { WorkerSetup } from './worker-protocol';

interface Job {
  readonly method: string;
  readonly args: readonly unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer?: NodeJS.Timeout;
  worker?: SqliteWorkerProcess;
  done?: boolean;
}

const closed = () => new StoreUnavailableError('SQLite', new Error('the store is closed'));

/**
 * Worker processes of one role (the readers, or the one writer) and the
 * calls waiting for one of them, in arrival order. A call made within a
 * request ends at the request's deadline (request-deadline.ts): waiting, it
 * leaves the queue; running, its process is killed, because better-sqlite3
 * cannot interrupt a statement, and a fresh one takes its place. The caller
 * gets TimeoutError either way. A write killed so rolls back; only if the
 * deadline falls while its commit is under way can it be both answered
 * TIMEOUT and written, and writes are safe to send again.
 */
export class WorkerLane {
  private readonly idle: SqliteWorkerProcess[] = [];
  private readonly busy = new Set<SqliteWorkerProcess>();
  private readonly queue: Job[] = [];
  private readonly starting = new Set<Promise<unknown>>();
  /** Workers that failed to start, started again on the next call. */
  private missing = 0;
  private closed = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly size: number,
  ) {}

  /** Resolves once every worker has its connection open. */
  async start(): Promise<void> {
    const workers = await Promise.all(
      Array.from({ length: this.size }, () => SqliteWorkerProcess.start(this.setup)),
    );
    this.idle.push(...workers);
  }

  async call(method: string, args: readonly unknown[]): Promise<unknown> {
    if (this.closed) throw closed();
    const left = timeLeft();
    for (; this.missing > 0; this.missing--) this.replace();
    return new Promise((resolve, reject) => {
      const job: Job = { method, args, resolve, reject };
      if (left !== undefined) job.timer = setTimeout(() => this.overdue(job, timeoutError()), left);
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, () => job.reject(closed()));
    // A statement still running is stopped like an overdue one; its transaction rolls back.
    await Promise.all([
      ...this.idle.splice(0).map((worker) => worker.close()),
      ...[...this.busy].map((worker) => worker.kill()),
      ...this.starting,
    ]);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const job = this.queue.shift()!;
      const worker = this.idle.pop()!;
      job.worker = worker;
      this.busy.add(worker);
      worker.run(job.method, job.args).then(
        (value) => {
          this.settle(job, () => job.resolve(value));
          this.release(worker);
        },
        (error: unknown) => {
          this.settle(job, () => job.reject(error));
          this.release(worker);
        },
      );
    }
  }

  private settle(job: Job, answer: () => void): void {
    if (job.done) return;
    job.done = true;
    clearTimeout(job.timer);
    answer();
  }

  /** A worker back from a call: free again, or replaced when it was stopped. */
  private release(worker: SqliteWorkerProcess): void {
    this.busy.delete(worker);
    if (!worker.alive) {
      this.replace();
      return;
    }
    if (this.closed) {
      void worker.close();
      return;
    }
    this.idle.push(worker);
    this.dispatch();
  }

  private replace(): void {
    if (this.closed) return;
    const started = SqliteWorkerProcess.start(this.setup).then(
      (worker) => {
        this.starting.delete(started);
        this.release(worker);
      },
      (error: unknown) => {
        this.starting.delete(started);
        this.missing++;
        // No worker to run them: the calls waiting learn why now rather than at their deadline.
        if (this.idle.length + this.busy.size === 0) {
          for (const job of this.queue.splice(0)) this.settle(job, () => job.reject(error));
        }
      },
    );
    this.starting.add(started);
  }

  private overdue(job: Job, error: Error): void {
    if (job.done) return;
    this.settle(job, () => job.reject(error));
    const waiting = this.queue.indexOf(job);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    else if (job.worker) void job.worker.kill();
  }
}
