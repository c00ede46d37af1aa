import type { KgServerOptions, RunningServer } from '../../src/server/create-server';
import { startKgServer } from '../../src/server/create-server';
import { loadSeedIfEmpty } from '../../src/server/load-seed';
import type { GraphStore } from '../../src/store/graph-store';
import { testExtractor } from '../support/nlp';
import { openMemorySqlite } from '../support/sqlite';
import { memoryLogger, SEED_DIR } from '../support/test-server';

/**
 * The real store, whose `claims` calls wait until the test opens the gate:
 * requests stay in flight for exactly as long as a test needs them to.
 */
export function gatedStore(store: GraphStore) {
  const waiting: (() => void)[] = [];
  let open = false;
  const gated = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== 'claims' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (!open) await new Promise<void>((resume) => waiting.push(resume));
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  });
  return {
    store: gated,
    waiting: () => waiting.length,
    open: () => {
      open = true;
      for (const resume of waiting.splice(0)) resume();
    },
  };
}

/** Polls a condition the test cannot await directly. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setTimeout(done, 10));
}

/**
 * A real server over a seeded in-memory SQLite store behind a gate, with
 * the server options a test sets (grace period, admission limit).
 */
export async function startGatedServer(
  options: Pick<KgServerOptions, 'shutdownGraceMs' | 'maxInFlight'>,
): Promise<{
  server: RunningServer;
  gate: ReturnType<typeof gatedStore>;
  log: ReturnType<typeof memoryLogger>;
  close(): Promise<void>;
}> {
  const sqlite = await openMemorySqlite();
  const log = memoryLogger();
  const extractor = await testExtractor();
  await loadSeedIfEmpty(sqlite, SEED_DIR, log, extractor);
  const gate = gatedStore(sqlite);
  const server = await startKgServer({
    store: gate.store,
    extractor,
    editorKey: 'unused-editor-key-0123456789',
    log,
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
  return { server, gate, log, close: () => sqlite.close() };
}
