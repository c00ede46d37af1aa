import type { Entity } from '../domain/entity';
import type { GraphStore } from '../store/graph-store';

/**
 * Entities by id, in the order of `ids`, an id merged into another entity
 * answering with its survivor (null where neither exists): old ids keep
 * working after a merge.
 */
export async function entitiesFollowingMerges(
  store: GraphStore,
  ids: readonly string[],
): Promise<(Entity | null)[]> {
  const found = await store.getEntities(ids);
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length === 0) return found;
  const survivors = await store.survivorIds(missing);
  const moved = new Map(missing.map((id, i) => [id, survivors[i]!]));
  const movedIds = [...new Set(survivors.filter((id, i) => id !== missing[i]))];
  const entities = new Map(
    (await store.getEntities(movedIds)).map((entity, i) => [movedIds[i]!, entity]),
  );
  return ids.map((id, i) => found[i] ?? entities.get(moved.get(id) ?? id) ?? null);
}
