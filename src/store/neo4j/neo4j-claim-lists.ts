import type { ClaimFilter } from '../graph-store';
import type { OrderedListQuery } from './neo4j-paging';
import { CLAIM_PROJECTION } from './neo4j-records';
import {
  claimLabels,
  firstOfKey,
  KEPT_ORDER,
  pageOfFirsts,
  seekOf,
  seekOfKey,
  setFields,
} from './neo4j-claims-in-order';
import { CONTESTED_CLAIMS, CONTESTED_PREDICATE_CLAIM_COUNT } from './neo4j-contested-claims';
import { CLAIM_KIND_COUNT } from './neo4j-kind-counts';
import { CLAIM_INGESTED_DAY_COUNT } from './neo4j-claim-ingested-day-counts';

/**
 * Pages of claims anchored on no entity or predicate (issue 12 item 6):
 * every claim, and the claims of contested relations or of the others. Each
 * is read in the order of every claim list (`publishedOrder`) from an
 * ordered index (claim_published_order, migration 026; claim_contested_order,
 * 027) and cut at the page's end, its total taken from counts Neo4j or the
 * store keeps; the general match read every claim and its article and sorted
 * them (at a million claims, more than 580 s).
 */

/**
 * Whether a filter names nothing but, maybe, `field` and `includeRejected`:
 * `everyClaimInOrder`, `contestedInOrder` or `ingestedAfterInOrder` reads it.
 */
export function filtersNothingBut(
  filter: ClaimFilter,
  field?: 'contested' | 'ingestedAfter',
): boolean {
  return setFields(filter).every((f) => f === 'includeRejected' || f === field);
}

/**
 * The first `$offset + $first` claims of `label` in the kept order, from
 * its index (`USING INDEX`: a scan in order, not a seek, has no SEEK hint).
 */
function firstInOrder(label: string): string {
  return `MATCH (c:${label}) USING INDEX c:${label}(publishedOrder)
    WHERE ${KEPT_ORDER} IS NOT NULL
    WITH c ORDER BY ${KEPT_ORDER} LIMIT $offset + $first
    RETURN c`;
}

/** The claims of every label of a list, from Neo4j's count store (O(1) each), as `claims`. */
function countedByLabel(labels: readonly string[]): string {
  const each = labels.map((label, i) => `CALL () { MATCH (c:${label}) RETURN count(c) AS n${i} }`);
  return `${each.join('\n  ')}
  WITH ${labels.map((_, i) => `n${i}`).join(' + ')} AS claims`;
}

/**
 * Every claim (with those judged WRONG when asked), its total the count of
 * each label Neo4j keeps.
 */
export function everyClaimInOrder(includeRejected: boolean): OrderedListQuery {
  const labels = claimLabels(includeRejected);
  return {
    count: `${countedByLabel(labels)}
  RETURN claims AS total`,
    page: pageOfFirsts(
      labels.map((label) => firstInOrder(label)),
      'UNION ALL',
    ),
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/**
 * The claims of contested relations (`contested`: true) or of the others
 * (false), from the flag each claim keeps (neo4j-contested-claims.ts): the
 * first `$offset + $first` of each label read from claim_contested_order
 * (rejected_claim_contested_order, migration 027) in the kept order and cut
 * there. The total is the contested claims' kept count (or every claim's,
 * from the count store, less those), with those judged WRONG, few, counted
 * from their index. Finding the contested relations first read every
 * relation a claim denies (179,605 database hits at a million claims).
 */
export function contestedInOrder(contested: boolean, includeRejected: boolean): OrderedListQuery {
  const labels = claimLabels(includeRejected);
  const rejected = includeRejected
    ? ` + COUNT { ${seekOfKey('contested', 'RejectedClaim', 'true')} }`
    : '';
  const listed = contested ? `contestedClaims${rejected}` : `claims - (contestedClaims${rejected})`;
  return {
    count: `${CONTESTED_CLAIMS}
  ${countedByLabel(labels)}, contestedClaims
  RETURN ${listed} AS total`,
    page: pageOfFirsts(
      labels.map((label) => firstOfKey('contested', label, '$contested')),
      'UNION ALL',
    ),
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/**
 * The predicates of a filter naming whether claims are of contested relations, some predicates
 * and nothing else (claims judged WRONG left out): `contestedOfPredicatesInOrder` reads it. Null
 * for any other filter.
 */
export function contestedOfPredicates(filter: ClaimFilter): string[] | null {
  const named = setFields(filter);
  if (
    filter.contested === undefined ||
    filter.includeRejected === true ||
    !named.includes('predicates') ||
    named.some((f) => f !== 'contested' && f !== 'predicates' && f !== 'includeRejected')
  )
    return null;
  return [...new Set(filter.predicates)];
}

/**
 * The claims of contested relations (`$contested` true) or of the others of the predicates
 * `$predicates`: the first `$offset + $first` of each predicate read from
 * claim_contested_predicate_order (migration 032) in the kept order, merged and cut. The total
 * is the contested claims' count kept per predicate (neo4j-contested-claims.ts), or the
 * predicates' claims counted per kind (neo4j-kind-counts.ts) less it. The general match read
 * every contested claim to test its predicate (230,717 database hits at a million claims).
 */
export function contestedOfPredicatesInOrder(): OrderedListQuery {
  const first = `MATCH (c:Claim) ${seekOf(['contested', 'predicate', KEPT_ORDER.slice('c.'.length)])}
    WHERE c.contested = $contested AND c.predicate = predicate AND ${KEPT_ORDER} IS NOT NULL
    WITH c ORDER BY c.contested, c.predicate, ${KEPT_ORDER} LIMIT $offset + $first
    RETURN c`;
  return {
    count: `CALL () {
    MATCH (k:${CONTESTED_PREDICATE_CLAIM_COUNT}) WHERE k.key IN $predicates
    RETURN coalesce(sum(k.n), 0) AS contestedClaims
  }
  CALL () {
    MATCH (k:${CLAIM_KIND_COUNT}) WHERE k.predicate IN $predicates
    RETURN coalesce(sum(k.n), 0) AS claims
  }
  RETURN CASE WHEN $contested THEN contestedClaims ELSE claims - contestedClaims END AS total`,
    page: `UNWIND $predicates AS predicate
  ${pageOfFirsts([first], 'UNION ALL', 'g, predicate')}`,
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}

/** Past every publication time: a bound that bounds nothing. */
const AFTER_EVERY_TIME = `'\\uffff'`;

/**
 * The seek of article_ingested_day_order (migration 030), named: the planner
 * would rather seek article_ingested_at, which reads every article stored
 * after the time.
 */
const STORED_ON_DAY_HINT = 'USING INDEX SEEK a:Article(ingestedDay, publishedAt, id)';

/**
 * The articles stored on `day` after `$ingestedAfter` holding a claim of
 * `labels`, published up to `bound`, in the order of
 * article_ingested_day_order (migration 030: the day, publication, id), the
 * first `limit` of them.
 */
function firstStoredOn(labels: string, limit: string, bound = AFTER_EVERY_TIME): string {
  return `MATCH (a:Article) ${STORED_ON_DAY_HINT}
      WHERE a.ingestedDay = day AND a.publishedAt <= ${bound} AND a.id IS NOT NULL
        AND a.ingestedAt > $ingestedAfter AND EXISTS { (a)<-[:STATED_IN]-(:${labels}) }
      WITH a ORDER BY a.ingestedDay, a.publishedAt, a.id LIMIT ${limit}`;
}

/**
 * The claims judged WRONG, few, of the articles stored after `$ingestedAfter`, from their label;
 * `a` unlabelled (STATED_IN ends on an article), as on a graph of few claims the planner would
 * rather seek article_ingested_at, every article stored after the time, and join.
 */
const REJECTED_STORED_AFTER = `MATCH (r:RejectedClaim)-[:STATED_IN]->(a) USING SCAN r:RejectedClaim
      WHERE a.ingestedAt > $ingestedAfter`;

/**
 * The claims of the articles stored after `$ingestedAfter` (`$ingestedDay`
 * its day), read per day of storage as a period is per start
 * (neo4j-claims-in-period.ts): the first article holding a claim of the
 * list of each day from `$ingestedDay` on (the days of the kept counts,
 * neo4j-claim-ingested-day-counts.ts, and with claims judged WRONG their
 * articles' days; one seek of article_ingested_day_order each) bounds the
 * page, as its claims are among the first `$offset + $first` articles in
 * publication order, each holding one at least, and those come before the
 * `$offset + $first`-th of the days' firsts; then the first articles of the
 * days whose first is within that bound, up to it, are merged and cut, and
 * only theirs have their claims read. The total is the kept counts of the
 * days after `$ingestedDay` and the claims of that day's articles stored
 * after the time, counted (with the claims judged WRONG, few, from their
 * label). Summing the degrees of every article stored after the time, and
 * keeping the first of them by a Top, read each one (1,117,414 database
 * hits at a million claims for the articles of the last half of the days).
 */
export function ingestedAfterInOrder(includeRejected: boolean): OrderedListQuery {
  const labels = claimLabels(includeRejected).join('|');
  const wanted = '$offset + $first';
  const rejectedDays = includeRejected
    ? `
      UNION
      ${REJECTED_STORED_AFTER}
      RETURN a.ingestedDay AS day`
    : '';
  return {
    count: `CALL () {
    MATCH (k:${CLAIM_INGESTED_DAY_COUNT}) WHERE k.key > $ingestedDay
    RETURN coalesce(sum(k.n), 0) AS later
  }
  CALL () {
    MATCH (a:Article) ${STORED_ON_DAY_HINT}
    WHERE a.ingestedDay = $ingestedDay AND a.publishedAt IS NOT NULL AND a.id IS NOT NULL
      AND a.ingestedAt > $ingestedAfter
    RETURN coalesce(sum(COUNT { (a)<-[:STATED_IN]-(:Claim) }), 0) AS sameDay
  }
  RETURN later + sameDay + ${includeRejected ? `COUNT { ${REJECTED_STORED_AFTER} }` : '0'} AS total`,
    page: `CALL () {
    CALL () {
      MATCH (k:${CLAIM_INGESTED_DAY_COUNT}) WHERE k.key >= $ingestedDay
      RETURN k.key AS day${rejectedDays}
    }
    CALL (day) {
      ${firstStoredOn(labels, '1')}
      RETURN a.publishedAt AS at, a.id AS id
    }
    WITH day, at, id ORDER BY at, id LIMIT ${wanted}
    WITH collect(day) AS days, max(at) AS last, count(*) AS read
    RETURN days, CASE WHEN read < ${wanted} THEN ${AFTER_EVERY_TIME} ELSE last END AS bound
  }
  UNWIND days AS day
  CALL (day, bound) {
    ${firstStoredOn(labels, wanted, 'bound')}
    RETURN a
  }
  WITH a ORDER BY a.publishedAt, a.id LIMIT ${wanted}
  MATCH (a)<-[:STATED_IN]-(c:${labels})
  WITH c, a ORDER BY ${KEPT_ORDER} SKIP $offset LIMIT $first`,
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}
