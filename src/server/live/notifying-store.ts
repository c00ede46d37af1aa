import type { GraphStore } from '../../store/graph-store';

/**
 * The store, telling `written` after each write that changed an article,
 * through it or through any request scope it opens: how this replica's
 * own writes reach its subscribers without waiting for the next poll.
 * Writes by other replicas arrive by the poll (store-follower.ts).
 */
export function notifyingWrites(store: GraphStore, written: () => void): GraphStore {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'upsertArticle') {
        return async (...args: Parameters<GraphStore['upsertArticle']>) => {
          const result = await target.upsertArticle(...args);
          if (result.changed) written();
          return result;
        };
      }
      if (property === 'requestScope') {
        return () => {
          const scope = target.requestScope();
          return { store: notifyingWrites(scope.store, written), end: () => scope.end() };
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
