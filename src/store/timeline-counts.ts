import type { ClaimFilter } from './graph-store';

/** The filters the counts kept per day hold a column for (a speaker's is left out: see below). */
const COUNTED_FILTERS: ReadonlySet<keyof ClaimFilter> = new Set([
  'predicates',
  'modalities',
  'publisher',
]);

/**
 * Whether a timeline of the claims this filter matches can be summed from
 * the counts both stores keep per day of the claims not judged WRONG
 * (SQLite claim_day_counts, Neo4j :ClaimDayCount): when it narrows by
 * nothing but predicates, modalities and a publisher. The counts hold the
 * speaker too, but a speaker's claims are few and found by their own
 * index; anything else (an entity, a period, a text, a verdict) needs the
 * claims themselves.
 */
export function answeredByDayCounts(filter: ClaimFilter): boolean {
  return (Object.entries(filter) as [keyof ClaimFilter, unknown][]).every(
    ([name, value]) =>
      value === undefined ||
      COUNTED_FILTERS.has(name) ||
      (name === 'includeRejected' && value === false),
  );
}
