import type { ClaimFilter } from '../graph-store';
import type { ListQuery, OrderedListQuery } from './neo4j-paging';
import { CLAIM_PERIOD_COUNT } from './neo4j-claim-period-counts';
import { CLAIM_PROJECTION } from './neo4j-records';
import { ENTITY_ID_TYPES } from './neo4j-claim-role-ids';
import type { EntityIdProperty } from './neo4j-claim-role-ids';
import { KEPT_ORDER, seekOf, setFields } from './neo4j-claims-in-order';

/**
 * An entity's claims in a period (issue 12 item 6), read from each role's
 * period indexes (schema/neo4j/025) rather than from every claim of the
 * entity and its article; a period alone from the claims counted per start
 * of their period (028, `ofPeriodInOrder`). A claim meets the period when its end
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
export type Bounds = Partial<Record<'entityId' | 'from' | 'to', string>>;

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
 * (claims judged WRONG left out): `ofPeriod` (of an entity) or `ofPeriodInOrder` reads it.
 */
export function periodAlone(filter: ClaimFilter): boolean {
  const { from, to } = periodParams(filter);
  return (
    (from !== undefined || to !== undefined) &&
    filter.includeRejected !== true &&
    setFields(filter).every((field) => ENTITY_AND_PERIOD.has(field) || field === 'includeRejected')
  );
}

/** The claims of one role (`property`) whose period ends within the bounds (and starts by `$to`). */
function endingWithin(property: EntityIdProperty, bounds: Bounds, returned: string): string {
  const conditions = [
    `c.${property} = $entityId`,
    ...(bounds.from === undefined ? [] : ['c.periodEnd >= $from']),
    ...(bounds.to === undefined ? [] : ['c.periodEnd <= $to']),
    bounds.to === undefined ? 'c.periodStart IS NOT NULL' : 'c.periodStart <= $to',
    `${KEPT_ORDER} IS NOT NULL`,
  ];
  const hint = seekOf([property, 'periodEnd', 'periodStart', KEPT_ORDER.slice('c.'.length)]);
  return `MATCH (c:Claim) ${hint} WHERE ${conditions.join(' AND ')} RETURN ${returned}`;
}

/** The claims of one role (`property`) whose period starts by `$to` and ends after it. */
function spanningTo(property: EntityIdProperty, returned: string): string {
  const hint = seekOf([property, 'longPeriodEnd', 'periodStart']);
  return `MATCH (c:Claim) ${hint} WHERE c.${property} = $entityId AND c.longPeriodEnd > $to AND c.periodStart <= $to RETURN ${returned}`;
}

/**
 * A subquery giving, once each, the claims of `$entityId` in the period the
 * bounds name as `returned` says (the claim `c`, with its kept order from
 * the index when asked), each branch naming its index in a hint.
 */
export function claimsInPeriod(bounds: Bounds, returned = 'c'): string {
  const branches = (Object.keys(ENTITY_ID_TYPES) as EntityIdProperty[]).flatMap((property) => [
    endingWithin(property, bounds, returned),
    ...(bounds.to === undefined ? [] : [spanningTo(property, returned)]),
  ]);
  return `CALL () {\n  ${branches.join('\n  UNION\n  ')}\n}`;
}

/**
 * An entity's claims in a period, matched once from each role's period
 * indexes, each with the order its index entry holds: their number
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

/** Past every kept order (each begins with an ISO date): a bound that bounds nothing. */
const AFTER_EVERY_ORDER = `'\\uffff'`;

/**
 * The claims starting within the bounds (`k`, the kept counts per start,
 * neo4j-claim-period-counts.ts, one per day holding claims), and those
 * starting before `$from` and lasting into the period: only a claim whose
 * period lasts past its first day can (claim_long_period). Together the
 * claims whose period ends from `$from` and starts up to `$to`, a claim's
 * `timeFrom` never after its `timeTo` (ingest/annotations/check-values.ts).
 */
function startsWithin(bounds: Bounds): string {
  const conditions = [
    ...(bounds.from === undefined ? [] : ['k.key >= $from']),
    ...(bounds.to === undefined ? [] : ['k.key <= $to']),
  ];
  return `MATCH (k:${CLAIM_PERIOD_COUNT}) WHERE ${conditions.join(' AND ')}`;
}

function startingBefore(bounds: Bounds, returned: string): string {
  const to = bounds.to === undefined ? '' : ' AND c.periodStart <= $to';
  return `MATCH (c:Claim) ${seekOf(['longPeriodEnd', 'periodStart'])}
    WHERE c.longPeriodEnd >= $from AND c.periodStart < $from${to} RETURN ${returned}`;
}

/**
 * The first `$offset + $first` claims starting on `start`, in the kept
 * order, up to `bound` (claim_period_start_order, migration 028).
 */
function firstOfStart(limit: string, bound = AFTER_EVERY_ORDER): string {
  return `MATCH (c:Claim) ${seekOf(['periodStart', KEPT_ORDER.slice('c.'.length)])}
      WHERE c.periodStart = start AND ${KEPT_ORDER} <= ${bound}
      WITH c ORDER BY c.periodStart, ${KEPT_ORDER} LIMIT ${limit}`;
}

/**
 * A period alone, whatever the entities (migrations 026, 028): the total
 * summed from the kept counts per start within it, and the claims starting
 * before it and lasting into it, few, counted from their index. The page:
 * the first claim of each start within the period (one index seek each, a
 * start per day) bounds it, as its claims come before the
 * `$offset + $first`-th of those firsts; then the first claims of the starts
 * whose first is within that bound, up to it, and those starting before the
 * period, are merged and cut. Reading the period's index entries to count
 * and order them read an entry per claim (508,289 database hits at a
 * million claims from a day onward).
 */
export function ofPeriodInOrder(bounds: Bounds): OrderedListQuery {
  const before = bounds.from !== undefined;
  const wanted = '$offset + $first';
  return {
    count: `CALL () {
    ${startsWithin(bounds)}
    RETURN coalesce(sum(k.n), 0) AS starting
  }
  CALL () {
    ${before ? startingBefore(bounds, 'count(c) AS lasting') : 'RETURN 0 AS lasting'}
  }
  RETURN starting + lasting AS total`,
    page: `CALL () {
    CALL () {
      ${startsWithin(bounds)}
      WITH k.key AS start
      CALL (start) {
        ${firstOfStart('1')}
        RETURN ${KEPT_ORDER} AS first
      }
      WITH start, first ORDER BY first LIMIT ${wanted}
      WITH collect(start) AS starts, max(first) AS last, count(*) AS read
      RETURN starts, CASE WHEN read < ${wanted} THEN ${AFTER_EVERY_ORDER} ELSE last END AS bound
    }
    UNWIND starts AS start
    CALL (start, bound) {
      ${firstOfStart(wanted, 'bound')}
      RETURN c
    }
    RETURN c${
      before
        ? `
    UNION ALL
    ${startingBefore(bounds, 'c')}`
        : ''
    }
  }
  WITH c ORDER BY ${KEPT_ORDER} SKIP $offset LIMIT $first
  MATCH (c)-[:STATED_IN]->(a:Article)`,
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}
