import type { EntityKind } from '../domain/entity';
import type { StatsFilter } from './graph-store';

/** True when the filter narrows nothing: stats then count everything stored. */
export function isEmptyStatsFilter(filter: StatsFilter | undefined): boolean {
  return (
    filter === undefined ||
    (filter.entityId === undefined &&
      filter.from === undefined &&
      filter.to === undefined &&
      (filter.kinds ?? []).length === 0 &&
      (filter.predicates ?? []).length === 0)
  );
}

/**
 * The filter's kinds when it narrows by kinds alone (no entity, period or
 * predicates), else null: the stores answer that shape from the counts they
 * keep per kind of a claim's ends (SQLite migration 020, Neo4j 018).
 */
export function kindsAlone(filter: StatsFilter): readonly EntityKind[] | null {
  const kinds = filter.kinds ?? [];
  return kinds.length > 0 &&
    filter.entityId === undefined &&
    filter.from === undefined &&
    filter.to === undefined &&
    (filter.predicates ?? []).length === 0
    ? kinds
    : null;
}
