import type { ExportItems, ExportKind, GraphStore } from '../store/graph-store';

/** Items per page: enough to keep round trips few, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Every stored item of one kind, by id, read a page at a time through
 * `GraphStore.exportPage`: at most one page is held, whatever the graph's size.
 */
export async function* storeItems<K extends ExportKind>(
  store: GraphStore,
  kind: K,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportItems[K]> {
  let after: string | null = null;
  for (;;) {
    const page: ExportItems[K][] = await store.exportPage(kind, after, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
