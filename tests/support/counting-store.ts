import type { GraphStore } from '../../src/store/graph-store';

/** The real store, naming every call the server makes to it, in order. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: string[] } {
  const calls: string[] = [];
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      // A request's view of the store is this same counted store.
      if (property === 'requestScope')
        return () => ({ store: counted, end: () => Promise.resolve() });
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, calls };
}
