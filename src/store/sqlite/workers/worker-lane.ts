import { StoreUnavailableError } from '../../../domain/errors';
import { timeLeft, timeoutError } from '../../request-deadline';
import { SqliteWorkerThread } from './sqlite-worker-thread';
import type { WorkerSetup } from './worker-protocol';

interface Job {
  readonly method: string;
  readonly args: readonly unknown[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer?: NodeJS.Timeout;
  thread?: SqliteWorkerThread;
  done?: boolean;
}

const closed = () => new StoreUnavailableError('SQLite', new Error('the store is closed'));

/**
 * Worker threads of one role (the readers, or the one writer) and the calls
 * waiting for one of them, in arrival order. A call made within a request
 * ends at the request's deadline (request-deadline.ts): waiting, it leaves
 * the queue; running, its thread is terminated, because better-sqlite3
 * cannot interrupt a statement, and a fresh thread takes its place. The
 * caller gets TimeoutError either way.
 */
export class WorkerLane {
  private readonly idle: SqliteWorkerThread[] = [];
  private readonly busy = new Set<SqliteWorkerThread>();
  private readonly queue: Job[] = [];
  private readonly starting = new Set<Promise<unknown>>();
  /** Threads that failed to start, started again on the next call. */
  private missing = 0;
  private closed = false;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly size: number,
  ) {}

  /** Resolves once every thread has its connection open. */
  async start(): Promise<void> {
    const threads = await Promise.all(
      Array.from({ length: this.size }, () => SqliteWorkerThread.start(this.setup)),
    );
    this.idle.push(...threads);
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
      ...this.idle.splice(0).map((thread) => thread.close()),
      ...[...this.busy].map((thread) => thread.kill()),
      ...this.starting,
    ]);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.idle.length > 0) {
      const job = this.queue.shift()!;
      const thread = this.idle.pop()!;
      job.thread = thread;
      this.busy.add(thread);
      thread.run(job.method, job.args).then(
        (value) => {
          this.settle(job, () => job.resolve(value));
          this.release(thread);
        },
        (error: unknown) => {
          this.settle(job, () => job.reject(error));
          this.release(thread);
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

  /** A thread back from a call: free again, or replaced when it was stopped. */
  private release(thread: SqliteWorkerThread): void {
    this.busy.delete(thread);
    if (!thread.alive) {
      this.replace();
      return;
    }
    if (this.closed) {
      void thread.close();
      return;
    }
    this.idle.push(thread);
    this.dispatch();
  }

  private replace(): void {
    if (this.closed) return;
    const started = SqliteWorkerThread.start(this.setup).then(
      (thread) => {
        this.starting.delete(started);
        this.release(thread);
      },
      (error: unknown) => {
        this.starting.delete(started);
        this.missing++;
        // No thread to run them: the calls waiting learn why now rather than at their deadline.
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
    else if (job.thread) void job.thread.kill();
  }
}
