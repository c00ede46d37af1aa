import type { GraphStore } from '../../src/store/graph-store';

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
