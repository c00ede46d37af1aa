import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore, RequestScope } from '../../graph-store';
import { SqliteGraphStore } from '../sqlite-graph-store';
import { WorkerLane } from './worker-lane';

/**
 * Port methods that write, run by the one writer; every other method runs
 * on a reader. A write method missing here fails loudly on a
 * reader, whose connection refuses writes.
 */
const WRITE_METHODS: ReadonlySet<string> = new Set([
  'migrate',
  'upsertArticle',
  'upsertArticles',
  'createAccessKey',
  'revokeAccessKey',
  'retractArticle',
  'mergeEntities',
  'unmergeEntities',
  'reviewClaim',
  'reviewEntity',
]);

/** Readers beside the writer: one per core, at least two, at most four. */
export function defaultReaderCount(): number {
  return Math.min(4, Math.max(2, availableParallelism()));
}

export interface PooledSqliteOptions {
  /** Reader processes; `defaultReaderCount()` when absent. */
  readonly readers?: number;
}

/**
 * The SQLite store as the server uses it: SQLite work runs in worker
 * processes, never on the thread that answers HTTP. Each worker holds its
 * own better-sqlite3 connection on the same file in WAL mode, so readers
 * run in parallel beside the one writer. Processes rather than worker
 * threads, because only a process can be stopped while SQLite runs a
 * statement (sqlite-worker-process.ts): that is how a request's deadline
 * cancels SQLite work. The store this returns forwards each port
 * method by name, with its arguments and result structured-cloned: every
 * method of SqliteGraphStore is forwarded, so a method added to the port
 * and to SqliteGraphStore needs nothing here (unless it writes: see
 * WRITE_METHODS).
 *
 * An in-memory SQLite database (':memory:') belongs to one connection and
 * cannot be shared between connections: here it becomes a private database file
 * in a temporary folder, removed on close, so it behaves exactly like a
 * file store (deadlines included) and lasts as long as the store.
 */
export async function openPooledSqlite(
  file: string,
  options: PooledSqliteOptions = {},
): Promise<GraphStore> {
  const temporary = file === ':memory:' ? mkdtempSync(join(tmpdir(), 'kg-sqlite-')) : null;
  const path = temporary ? join(temporary, 'kg.sqlite') : file;
  const removeTemporary = () => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  };
  const writer = new WorkerLane({ file: path, role: 'writer' }, 1);
  const readers = new WorkerLane(
    { file: path, role: 'reader' },
    options.readers ?? defaultReaderCount(),
  );
  try {
    // The writer opens first: on a new file its connection turns WAL on, which takes an
    // exclusive lock and syncs the file. Readers opened beside it waited on that lock, and
    // on a loaded machine past their busy timeout ("database is locked"); once the file is
    // in WAL mode, readers open without it.
    await writer.start();
    await readers.start();
  } catch (error) {
    await Promise.all([writer.close(), readers.close()]);
    removeTemporary();
    throw error;
  }

  const own = {
    /** Nothing to share: each call takes whichever worker is free. */
    requestScope: (): RequestScope => ({ store, end: () => Promise.resolve() }),
    close: async (): Promise<void> => {
      await Promise.all([readers.close(), writer.close()]);
      removeTemporary();
    },
  } satisfies Partial<GraphStore>;
  const forwarded: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  const prototype = SqliteGraphStore.prototype as unknown as Record<string, unknown>;
  for (const method of Object.getOwnPropertyNames(prototype)) {
    if (method === 'constructor' || method in own || typeof prototype[method] !== 'function') {
      continue;
    }
    const lane = WRITE_METHODS.has(method) ? writer : readers;
    forwarded[method] = (...args) => lane.call(method, args);
  }
  const store = { ...forwarded, ...own } as unknown as GraphStore;
  return store;
}
