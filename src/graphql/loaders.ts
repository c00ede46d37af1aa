import DataLoader from 'dataloader';
import type { Article } from '../domain/article';
import type { Claim } from '../domain/claim';
import type { Entity } from '../domain/entity';
import { entitiesFollowingMerges } from './merged-entities';
import type { Mention } from '../domain/mention';
import type { ClaimReview } from '../domain/review';
import type { Predicate } from '../domain/predicates';
import type { Relation } from '../domain/relation';
import type {
  ClaimListOptions,
  ClaimRole,
  Direction,
  GraphStore,
  Page,
  PageRequest,
  SourcesRequest,
  SourceWithClaims,
} from '../store/graph-store';

/** A nested list's key: whose list, which variant, which page. */
interface PagedKey<V> {
  readonly id: string;
  readonly variant: V;
  readonly page: PageRequest;
}

/**
 * Batches keys asking for the same variant and page into one store call, so
 * a list of N entities with their claims costs one call, not N.
 */
function pagedLoader<V, T>(
  load: (ids: string[], variant: V, page: PageRequest) => Promise<Page<T>[]>,
): DataLoader<PagedKey<V>, Page<T>, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { variant: V; page: PageRequest; indexes: number[] }>();
      keys.forEach((key, index) => {
        const groupKey = JSON.stringify([key.variant, key.page]);
        const group = groups.get(groupKey) ?? { variant: key.variant, page: key.page, indexes: [] };
        group.indexes.push(index);
        groups.set(groupKey, group);
      });
      const results = new Array<Page<T>>(keys.length);
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const pages = await load(
            group.indexes.map((i) => keys[i]!.id),
            group.variant,
            group.page,
          );
          group.indexes.forEach((keyIndex, i) => (results[keyIndex] = pages[i]!));
        }),
      );
      return results;
    },
    { cacheKeyFn: (key) => JSON.stringify([key.id, key.variant, key.page]) },
  );
}

function byIdLoader<T>(
  load: (ids: readonly string[]) => Promise<(T | null)[]>,
): DataLoader<string, T | null> {
  return new DataLoader((ids) => load(ids));
}

export interface RelationVariant {
  readonly direction: Direction;
  readonly predicates?: readonly Predicate[];
}

export interface ClaimsOfEntityVariant extends ClaimListOptions {
  readonly role: ClaimRole;
}

/** One set per request: caches never outlive the request that filled them. */
export function createLoaders(store: GraphStore) {
  return {
    entity: byIdLoader<Entity>((ids) => entitiesFollowingMerges(store, ids)),
    mergedFrom: new DataLoader<string, string[]>((ids) => store.mergedFrom(ids)),
    article: byIdLoader<Article>((ids) => store.getArticles(ids)),
    relation: byIdLoader<Relation>((ids) => store.getRelations(ids)),
    degree: new DataLoader<string, number>((ids) => store.degrees(ids)),
    claimReview: byIdLoader<ClaimReview>((ids) => store.claimReviews(ids)),
    claimsOfEntity: pagedLoader<ClaimsOfEntityVariant, Claim>(
      (ids, { role, includeRejected }, page) =>
        store.claimsOfEntities(
          ids.map((entityId) => ({ entityId, role })),
          page,
          { includeRejected },
        ),
    ),
    claimsOfRelation: pagedLoader<ClaimListOptions, Claim>((ids, options, page) =>
      store.claimsOfRelations(ids, page, options),
    ),
    relationsOfEntity: pagedLoader<RelationVariant, Relation>((ids, variant, page) =>
      store.relationsOfEntities(ids, variant, page),
    ),
    sourcesOfRelation: pagedLoader<SourcesRequest, SourceWithClaims>((ids, request) =>
      store.sourcesOfRelations(ids, request),
    ),
    mentionsOfArticle: new DataLoader<string, Mention[]>((ids) => store.mentionsOfArticles(ids)),
    mentionsOfEntity: pagedLoader<null, Mention>((ids, _variant, page) =>
      store.mentionsOfEntities(ids, page),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Forgets everything the loaders hold. A subscription keeps one context
 * for its whole life; each event it delivers is read afresh.
 */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
