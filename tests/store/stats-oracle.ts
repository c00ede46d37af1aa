import type { GraphStats, GraphStore } from '../../src/store/graph-store';

interface Counted<K> {
  readonly key: K;
  readonly count: number;
}

/** Counts of the keys, most first, ties by key with null last: the order of stats' lists. */
function countedBy<K extends string | null>(keys: readonly K[]): Counted<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rank = (key: K) => (key === null ? '\uffff' : key);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((x, y) => y.count - x.count || (rank(x.key) < rank(y.key) ? -1 : 1));
}

/**
 * The whole graph's stats, counted here from everything the store lists
 * (its dump and its relations): what `stats(n)` must answer, however the
 * store counts (the SQLite store reads counts it keeps as it writes,
 * migration 016). For a small graph.
 */
async function countedFromGraph(store: GraphStore, mostConnected: number): Promise<GraphStats> {
  const { articles, entities, claims } = await store.dump();
  const relations = await store.exportPage('relations', null, 1000);
  const degrees = countedBy(
    relations.flatMap((r) =>
      r.objectId !== null && r.objectId !== r.subjectId ? [r.subjectId, r.objectId] : [r.subjectId],
    ),
  );
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return {
    articles: articles.length,
    entities: entities.length,
    claims: claims.length,
    relations: relations.length,
    entitiesByKind: countedBy(entities.map((e) => e.kind)),
    claimsByPredicate: countedBy(claims.map((c) => c.predicate)),
    claimsByModality: countedBy(claims.map((c) => c.modality)),
    articlesByPublisher: countedBy(articles.map((a) => a.publisher ?? null)),
    mostConnected: degrees
      .slice(0, mostConnected)
      .map(({ key, count }) => ({ entity: byId.get(key)!, degree: count })),
  };
}

/** Expects the whole graph's stats as the store answers them to equal those counted here; gives the answer. */
export async function expectStatsCounted(store: GraphStore): Promise<GraphStats> {
  const every = 1000;
  const answered = await store.stats(every);
  expect(answered).toEqual(await countedFromGraph(store, every));
  return answered;
}
