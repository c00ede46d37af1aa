import type { Claim } from '../../src/domain/claim';
import { ENTITY_KINDS } from '../../src/domain/entity';
import { relationIdOf } from '../../src/domain/relation';
import { claimEntityIds } from '../../src/domain/retraction';
import type { Modality } from '../../src/domain/modality';
import type { Predicate } from '../../src/domain/predicates';
import type {
  ClaimFilter,
  GraphDump,
  GraphStats,
  GraphStore,
  StatsFilter,
} from '../../src/store/graph-store';

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

/**
 * Expects the total of each entity's claims in any role, alone and of each
 * predicate and modality it has (`claims(filter: { entityId, predicates,
 * modalities })`, which the SQLite store reads from counts it keeps as it
 * writes, migration 028), to equal the claims naming it counted here. For a
 * small graph.
 */
export async function expectEntityTotalsCounted(store: GraphStore): Promise<void> {
  const { entities, claims } = await store.dump();
  const page = { first: 0, offset: 0 };
  for (const { id } of entities) {
    const naming = claims.filter((claim) => claimEntityIds(claim).includes(id));
    const filters: ClaimFilter[] = [
      { entityId: id },
      ...[...new Set(naming.map((c) => `${c.predicate} ${c.modality}`))].flatMap((kind) => {
        const [predicate, modality] = kind.split(' ') as [Predicate, Modality];
        return [
          { entityId: id, predicates: [predicate] },
          { entityId: id, predicates: [predicate], modalities: [modality] },
        ];
      }),
    ];
    const answered = await Promise.all(
      filters.map(async (filter) => [filter, (await store.claims(filter, page)).totalCount]),
    );
    const counted = filters.map((filter) => [
      filter,
      naming.filter(
        (c) =>
          (filter.predicates?.includes(c.predicate) ?? true) &&
          (filter.modalities?.includes(c.modality) ?? true),
      ).length,
    ]);
    expect(answered).toEqual(counted);
  }
}

/**
 * Expects the whole graph's stats as the store answers them to equal those
 * counted here, and every entity's degree (Entity.degree, which the SQLite
 * store also reads from its kept counts) to equal its place among them, and
 * each entity's claim totals too (expectEntityTotalsCounted); gives the
 * answer.
 */
export async function expectStatsCounted(store: GraphStore): Promise<GraphStats> {
  const every = 1000;
  const answered = await store.stats(every);
  const counted = await countedFromGraph(store, every);
  expect(answered).toEqual(counted);
  const { entities } = await store.dump();
  const degree = new Map(counted.mostConnected.map((m) => [m.entity.id, m.degree]));
  expect(await store.degrees(entities.map((e) => e.id))).toEqual(
    entities.map((e) => degree.get(e.id) ?? 0),
  );
  await expectEntityTotalsCounted(store);
  return answered;
}

/** A claim's period (graph-store.ts `StatsFilter`): its own time, else its article's publication day. */
function inPeriod(claim: Claim, publishedDay: string, filter: StatsFilter): boolean {
  const end = claim.time?.to ?? claim.time?.from ?? publishedDay;
  const start = claim.time?.from ?? claim.time?.to ?? publishedDay;
  return (
    (filter.from === undefined || end >= filter.from) &&
    (filter.to === undefined || start <= filter.to)
  );
}

/** The claims of the store's dump a filter matches, found here one by one. For a small graph. */
export function matchingClaims(
  { articles, entities, claims }: GraphDump,
  filter: StatsFilter,
): Claim[] {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const kinds = filter.kinds ?? [];
  const predicates = filter.predicates ?? [];
  const ofKinds = (id: string | null) =>
    id !== null && (kinds.length === 0 || kinds.includes(entityById.get(id)!.kind));
  return claims.filter(
    (claim) =>
      (filter.entityId === undefined || claimEntityIds(claim).includes(filter.entityId)) &&
      inPeriod(claim, articleById.get(claim.articleId)!.publishedAt.slice(0, 10), filter) &&
      (predicates.length === 0 || predicates.includes(claim.predicate)) &&
      (kinds.length === 0 || ofKinds(claim.subjectId) || ofKinds(claim.objectId)),
  );
}

/**
 * Stats over the claims matching a filter, counted here from the store's
 * dump: what `stats(n, filter)` must answer whichever index the store
 * starts from. For a small graph.
 */
function countedFromClaims(
  dump: GraphDump,
  mostConnected: number,
  filter: StatsFilter,
): GraphStats {
  const { articles, entities } = dump;
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const kinds = filter.kinds ?? [];
  const ofKinds = (id: string | null) =>
    id !== null && (kinds.length === 0 || kinds.includes(entityById.get(id)!.kind));
  const matching = matchingClaims(dump, filter);
  const ends = new Set(
    matching.flatMap((claim) => [claim.subjectId, claim.objectId].filter(ofKinds) as string[]),
  );
  const endsOfRelations = new Set(
    matching.flatMap((claim) =>
      [claim.subjectId, claim.objectId]
        .filter(ofKinds)
        .map((id) => JSON.stringify([id, relationIdOf(claim)])),
    ),
  );
  const degrees = countedBy([...endsOfRelations].map((pair) => (JSON.parse(pair) as string[])[0]!));
  const matchingArticles = [...new Set(matching.map((claim) => claim.articleId))];
  return {
    articles: matchingArticles.length,
    entities: ends.size,
    claims: matching.length,
    relations: new Set(matching.map(relationIdOf)).size,
    entitiesByKind: countedBy([...ends].map((id) => entityById.get(id)!.kind)),
    claimsByPredicate: countedBy(matching.map((c) => c.predicate)),
    claimsByModality: countedBy(matching.map((c) => c.modality)),
    articlesByPublisher: countedBy(
      matchingArticles.map((id) => articleById.get(id)!.publisher ?? null),
    ),
    mostConnected: degrees
      .slice(0, mostConnected)
      .map(({ key, count }) => ({ entity: entityById.get(key)!, degree: count })),
  };
}

/** Expects the stats of the claims matching each filter, as the store answers them, to equal those counted here. */
export async function expectFilteredStatsCounted(
  store: GraphStore,
  filters: readonly StatsFilter[],
): Promise<void> {
  const every = 1000;
  const dump = await store.dump();
  for (const filter of filters)
    expect({ filter, stats: await store.stats(every, filter) }).toEqual({
      filter,
      stats: countedFromClaims(dump, every, filter),
    });
}

/**
 * Expects stats narrowed to kinds alone (each kind, two, every kind) to
 * equal those counted here from the claims: the stores answer that shape
 * from counts they keep as they write (SQLite migration 020, Neo4j 018),
 * which must follow every write.
 */
export async function expectKindStatsCounted(store: GraphStore): Promise<void> {
  await expectFilteredStatsCounted(store, [
    ...ENTITY_KINDS.map((kind) => ({ kinds: [kind] })),
    { kinds: ['PERSON', 'COUNTRY'] },
    { kinds: [...ENTITY_KINDS] },
  ]);
}

/** Every combination of the fields of `values`, each with at least one field: every filter shape. */
export function everyFilterShape(values: Required<StatsFilter>): StatsFilter[] {
  const fields = Object.keys(values) as (keyof StatsFilter)[];
  return Array.from({ length: 2 ** fields.length - 1 }, (_, n) =>
    Object.fromEntries(
      fields.filter((_, i) => ((n + 1) >> i) & 1).map((field) => [field, values[field]]),
    ),
  );
}
