import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorkerThread } from '../../runtime/worker-script';
import type { Logger } from '../logger';
import type { GraphqlEndpoint, GraphqlHttpAnswer, GraphqlHttpRequest } from './graphql-endpoint';
import type { FromWorker, GraphqlWorkerSetup, ToWorker } from './worker-messages';

const ENTRY = join(__dirname, 'graphql-worker');

/** How long a stopping worker gets to close its driver before it is terminated. */
const STOP_MS = 5_000;

interface Pending {
  resolve(answer: GraphqlHttpAnswer): void;
  reject(error: Error): void;
}

/** One thread, the requests it is answering, and how it ended. */
class GraphqlThread {
  readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  readonly exited: Promise<void>;
  private stopped: (() => void) | undefined;

  constructor(
    private readonly worker: Worker,
    log: Logger,
    onExit: (thread: GraphqlThread, error: Error) => void,
  ) {
    let started: () => void = () => undefined;
    let failed: (error: Error) => void = () => undefined;
    this.ready = new Promise((resolve, reject) => {
      started = resolve;
      failed = reject;
    });
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          started();
          return;
        case 'answer':
          this.settle(message.id)?.resolve(message.answer);
          return;
        case 'failed':
          this.settle(message.id)?.reject(new Error(message.message));
          return;
        case 'log':
          log[message.level](message.message, message.fields);
          return;
        case 'stopped':
          this.stopped?.();
          return;
      }
    });
    let lastError: Error | undefined;
    worker.on('error', (error) => {
      lastError = error;
    });
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        const error = lastError ?? new Error(`a GraphQL worker thread ended (exit code ${code})`);
        failed(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
        onExit(this, error);
        resolve();
      }),
    );
  }

  private settle(id: number): Pending | undefined {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    return waiting;
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Asks the thread to close its store and end; terminates it if it has not within STOP_MS. */
  async stop(): Promise<void> {
    const stopped = new Promise<void>((resolve) => (this.stopped = resolve));
    this.post({ type: 'stop' });
    const timer = setTimeout(() => void this.worker.terminate(), STOP_MS);
    await Promise.race([stopped, this.exited]);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * GraphQL in a pool of worker threads, each with its own Neo4j driver and
 * Apollo endpoint: the request thread only routes. Parsing, validation,
 * execution, the driver's decoding of records, JSON encoding of answers
 * up to the answer cap, and the garbage they leave all happen on a
 * worker's heap and thread, so the event loop that answers /health/live
 * and accepts connections stays free (issue 8). Each request goes to the
 * thread with the fewest requests in flight. A thread that dies fails its
 * requests (INTERNAL_SERVER_ERROR, logged) and is replaced.
 */
export class GraphqlWorkerPool implements GraphqlEndpoint {
  private readonly threads: GraphqlThread[] = [];
  private nextId = 0;
  private stopping = false;

  private constructor(
    private readonly setup: GraphqlWorkerSetup,
    private readonly log: Logger,
  ) {}

  static async start(
    setup: GraphqlWorkerSetup,
    size: number,
    log: Logger,
  ): Promise<GraphqlWorkerPool> {
    const pool = new GraphqlWorkerPool(setup, log);
    for (let i = 0; i < size; i++) pool.threads.push(pool.spawn());
    try {
      await Promise.all(pool.threads.map((thread) => thread.ready));
    } catch (error) {
      await pool.stop();
      throw error;
    }
    return pool;
  }

  private spawn(): GraphqlThread {
    return new GraphqlThread(startWorkerThread(ENTRY, this.setup), this.log, (thread, error) => {
      if (this.stopping) return;
      this.log.error('a GraphQL worker thread ended; starting another', { error: error.message });
      this.threads[this.threads.indexOf(thread)] = this.spawn();
    });
  }

  answer(request: GraphqlHttpRequest): Promise<GraphqlHttpAnswer> {
    const thread = this.threads.reduce((least, t) =>
      t.pending.size < least.pending.size ? t : least,
    );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.post({ type: 'request', id, request });
    });
  }

  cancel(): void {
    for (const thread of this.threads) thread.post({ type: 'cancel' });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.threads.map((thread) => thread.stop()));
  }
}
