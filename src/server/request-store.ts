import type { ServerResponse } from 'node:http';
import type { GraphStore } from '../store/graph-store';

const views = new WeakMap<ServerResponse, GraphStore>();

/**
 * The store as one HTTP request sees it: a request scope (on Neo4j, one
 * session for all its reads, rather than one per batched load), created on
 * first use and ended when the response is closed, sent or not. The same
 * response always gets the same view.
 */
export function requestStore(store: GraphStore, res: ServerResponse): GraphStore {
  // A client already gone: no 'close' event would end a scope.
  if (res.closed) return store;
  let view = views.get(res);
  if (!view) {
    const scope = store.requestScope();
    res.once('close', () => void scope.end());
    view = scope.store;
    views.set(res, view);
  }
  return view;
}
