import type { ClaimFilter } from '../graph-store';
import type { ListQuery } from './neo4j-paging';
import { CLAIM_PROJECTION } from './neo4j-records';
import { ENTITY_ID_TYPES } from './neo4j-claim-role-ids';
import type { EntityIdProperty } from './neo4j-claim-role-ids';
import { KEPT_ORDER, seekOf, setFields } from './neo4j-claims-in-order';

/**
 * An entity's claims in a period (issue 12 item 6), read from each role's
 * period indexes (schema/neo4j/025) rather than from every claim of the
 * entity and its article; a period alone, from the same indexes without the
 * entity (026) rather than from every claim. A claim meets the period when its end
 * (`periodEnd`) is from `$from` and its start (`periodStart`) up to `$to`
 * (neo4j-claim-periods.ts), so per role either its end lies in the period,
 * or it ends after `$to`: only a claim whose period lasts past its first
 * day can, and only those have `longPeriodEnd`. The two sets are apart,
 * and a claim naming the entity in two roles is read twice: UNION keeps it
 * once.
 */

/** The fields of an entity's claims in a period (besides `includeRejected` left false). */
const ENTITY_AND_PERIOD = new Set<string>(['entityId', 'from', 'to']);

/**
 * The entity and period bounds a filter sets, as parameters; the statement
 * depends on which bounds, never on their values.
 */
type Bounds = Partial<Record<'entityId' | 'from' | 'to', string>>;

/** The parameters `claimsInPeriod` reads: the entity and the bounds set (not absent or null). */
export function periodParams(filter: ClaimFilter): Bounds {
  return Object.fromEntries(
    (['entityId', 'from', 'to'] as const).flatMap((field) => {
      const value = filter[field];
      return value === undefined || value === null ? [] : [[field, value]];
    }),
  );
}

/**
 * Whether the claim match reads a filter's claims from the period indexes:
 * it names an entity and a bound, and no text (the full-text index starts
 * that match). The indexes hold `:Claim` only: a list with the claims judged
 * WRONG goes the general way.
 */
export function readsEntityPeriod(filter: ClaimFilter): boolean {
  const set = periodParams(filter);
  return (
    set.entityId !== undefined &&
    (set.from !== undefined || set.to !== undefined) &&
    filter.text === undefined &&
    filter.includeRejected !== true
  );
}

/**
 * Whether the filter is a period, maybe of an entity, and nothing else
 * (claims judged WRONG left out): `ofPeriod` reads it.
 */
export function periodAlone(filter: ClaimFilter): boolean {
  const { from, to } = periodParams(filter);
  return (
    (from !== undefined || to !== undefined) &&
    filter.includeRejected !== true &&
    setFields(filter).every((field) => ENTITY_AND_PERIOD.has(field) || field === 'includeRejected')
  );
}

/**
 * The claims of one role (`property`; every claim, null) whose period ends
 * within the bounds (and starts by `$to`).
 */
function endingWithin(property: EntityIdProperty | null, bounds: Bounds, returned: string): string {
  const conditions = [
    ...(property === null ? [] : [`c.${property} = $entityId`]),
    ...(bounds.from === undefined ? [] : ['c.periodEnd >= $from']),
    ...(bounds.to === undefined ? [] : ['c.periodEnd <= $to']),
    bounds.to === undefined ? 'c.periodStart IS NOT NULL' : 'c.periodStart <= $to',
    `${KEPT_ORDER} IS NOT NULL`,
  ];
  const hint = seekOf([
    ...(property === null ? [] : [property]),
    'periodEnd',
    'periodStart',
    KEPT_ORDER.slice('c.'.length),
  ]);
  return `MATCH (c:Claim) ${hint} WHERE ${conditions.join(' AND ')} RETURN ${returned}`;
}

/** The claims of one role (every claim, null) whose period starts by `$to` and ends after it. */
function spanningTo(property: EntityIdProperty | null, returned: string): string {
  const hint = seekOf([...(property === null ? [] : [property]), 'longPeriodEnd', 'periodStart']);
  const ofEntity = property === null ? '' : `c.${property} = $entityId AND `;
  return `MATCH (c:Claim) ${hint} WHERE ${ofEntity}c.longPeriodEnd > $to AND c.periodStart <= $to RETURN ${returned}`;
}

/**
 * A subquery giving, once each, the claims of `$entityId` in the period the
 * bounds name as `returned` says (the claim `c`, with its kept order from
 * the index when asked), each branch naming its index in a hint.
 */
export function claimsInPeriod(bounds: Bounds, returned = 'c'): string {
  // Without an entity, every claim is in each index once and in one of the two at most.
  const [properties, union] =
    bounds.entityId === undefined
      ? [[null], 'UNION ALL']
      : [Object.keys(ENTITY_ID_TYPES) as EntityIdProperty[], 'UNION'];
  const branches = properties.flatMap((property) => [
    endingWithin(property, bounds, returned),
    ...(bounds.to === undefined ? [] : [spanningTo(property, returned)]),
  ]);
  return `CALL () {\n  ${branches.join(`\n  ${union}\n  `)}\n}`;
}

/**
 * The claims in a period, of an entity or of any, matched once from the
 * period indexes (of each role, or claim_period and claim_long_period,
 * migration 026), each with the order its index entry holds: their number
 * is the total, and only the page's claims, cut from them sorted, are read
 * with their articles. (A total counted apart, then a page kept by a Top,
 * read the matches twice: the scale bench's hub in a year, 1M claims, 79
 * against 55 ms p50 for the statements alone.)
 */
export function ofPeriod(bounds: Bounds): ListQuery {
  return {
    match: claimsInPeriod(bounds, `c, ${KEPT_ORDER} AS key`),
    carry: 'c',
    order: 'key',
    projection: CLAIM_PROJECTION,
    pageMatch: 'MATCH (c)-[:STATED_IN]->(a:Article)',
  };
}
