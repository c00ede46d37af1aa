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
