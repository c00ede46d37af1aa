import { SqliteGraphStore } from '../sqlite-graph-store';
import type { WorkerCall, WorkerReady, WorkerReply, WorkerSetup } from './worker-protocol';
import { sendableError } from './worker-protocol';

/*
 * A SQLite worker process: one better-sqlite3 connection on the pool's
 * file, running the port methods the server forwards, one at a time.
 */
const setup = JSON.parse(process.argv[2]!) as WorkerSetup;
const send = (message: WorkerReady | WorkerReply) => process.send!(message);

// The server is gone (stopped, or killed): nothing is left to answer. Closing the connection
// rolls back a transaction left open.
process.on('disconnect', () => process.exit(0));

function open(): SqliteGraphStore | null {
  try {
    const store = new SqliteGraphStore(setup.file, { readOnly: setup.role === 'reader' });
    send({ ready: true });
    return store;
  } catch (error) {
    send({ ready: false, error: sendableError(error) });
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
  process.on('message', (call: WorkerCall) => {
    void answer(store, call).then((reply) => {
      try {
        send(reply);
      } catch (error) {
        // A value that cannot be cloned must not stop the worker: the caller gets the error.
        send({ id: call.id, error: sendableError(error) });
      }
    });
  });
}
