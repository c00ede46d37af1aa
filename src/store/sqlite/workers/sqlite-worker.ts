import { parentPort, workerData } from 'node:worker_threads';
import { SqliteGraphStore } from '../sqlite-graph-store';
import type { WorkerCall, WorkerReady, WorkerReply, WorkerSetup } from './worker-protocol';
import { sendableError } from './worker-protocol';

/*
 * A SQLite worker thread: one better-sqlite3 connection on the pool's file,
 * running the port methods the main thread forwards, one at a time.
 */
const port = parentPort!;
const setup = workerData as WorkerSetup;

function open(): SqliteGraphStore | null {
  try {
    const store = new SqliteGraphStore(setup.file, { readOnly: setup.role === 'reader' });
    port.postMessage({ ready: true } satisfies WorkerReady);
    return store;
  } catch (error) {
    port.postMessage({ ready: false, error: sendableError(error) } satisfies WorkerReady);
    return null;
  }
}

async function answer(store: SqliteGraphStore, call: WorkerCall): Promise<WorkerReply> {
  try {
    const method = (store as unknown as Record<string, unknown>)[call.method];
    if (typeof method !== 'function') {
      throw new Error(`invariant: the SQLite store has no method "${call.method}"`);
    }
    const value: unknown = await (method as (...args: unknown[]) => unknown).apply(store, [
      ...call.args,
    ]);
    return { id: call.id, value };
  } catch (error) {
    return { id: call.id, error: sendableError(error) };
  }
}

const store = open();
if (store !== null) {
  port.on('message', (call: WorkerCall) => {
    void answer(store, call).then((reply) => {
      try {
        port.postMessage(reply);
      } catch (error) {
        // A value that cannot be cloned must not kill the thread: the caller gets the error.
        port.postMessage({ id: call.id, error: sendableError(error) } satisfies WorkerReply);
      }
    });
  });
}
