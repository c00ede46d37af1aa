import type { ClaimFilter } from '../graph-store';
import type { OrderedListQuery } from './neo4j-paging';
import { CLAIM_PROJECTION } from './neo4j-records';
import {
  claimLabels,
  firstOfKey,
  KEPT_ORDER,
  pageOfFirsts,
  seekOfKey,
  setFields,
} from './neo4j-claims-in-order';
import { CONTESTED_CLAIMS } from './neo4j-contested-claims';

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
 * The claims of the articles stored after `$ingestedAfter`, sought in
 * article_ingested_at (migration 004): the first `$offset + $first` of
 * those articles holding a claim of the list, in the order of every claim
 * list (by publication, then id: the kept order's first parts), hold the
 * page's claims, as each holds one at least. The total is each article's
 * count of STATED_IN, which Neo4j keeps (the degree store), less those
 * judged WRONG among them, few, read from their label. The general match
 * read every claim and its article (2.7 million database hits at a million
 * claims for the articles of the last half of the days).
 */
export function ingestedAfterInOrder(includeRejected: boolean): OrderedListQuery {
  const labels = claimLabels(includeRejected).join('|');
  const rejected = includeRejected
    ? '0'
    : `COUNT { MATCH (r:RejectedClaim)-[:STATED_IN]->(a:Article) USING SCAN r:RejectedClaim
      WHERE a.ingestedAt > $ingestedAfter }`;
  return {
    count: `CALL () {
    MATCH (a:Article) WHERE a.ingestedAt > $ingestedAfter
    RETURN coalesce(sum(COUNT { (a)<-[:STATED_IN]-() }), 0) AS stated
  }
  RETURN stated - ${rejected} AS total`,
    page: `MATCH (a:Article) WHERE a.ingestedAt > $ingestedAfter AND EXISTS { (a)<-[:STATED_IN]-(:${labels}) }
  WITH a ORDER BY a.publishedAt, a.id LIMIT $offset + $first
  MATCH (a)<-[:STATED_IN]-(c:${labels})
  WITH c, a ORDER BY ${KEPT_ORDER} SKIP $offset LIMIT $first`,
    carry: 'c, a',
    order: KEPT_ORDER,
    projection: CLAIM_PROJECTION,
  };
}
