import type { ClaimFilter } from '../graph-store';
import type { OrderedListQuery } from './neo4j-paging';
import { CLAIM_PROJECTION } from './neo4j-records';
import {
  claimLabels,
  firstOfKey,
  KEPT_ORDER,
  pageOfFirsts,
  setFields,
} from './neo4j-claims-in-order';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * Pages of claims anchored on no entity or predicate (issue 12 item 6):
 * every claim, and the claims of contested relations or of the others. Each
 * is read in the order of every claim list (`publishedOrder`) from an
 * ordered index (claim_published_order, migration 026; claim_relation_order,
 * 023) and cut at the page's end, its total taken from counts Neo4j or the
 * store keeps; the general match read every claim and its article and sorted
 * them (at a million claims, more than 580 s).
 */

/**
 * A list of contested claims is walked in the kept order while it holds at
 * least one claim in RARE: a page of 20 then reads about 20 * RARE claims at
 * most, fewer than the first claims of a few thousand contested relations.
 */
const RARE = 100;

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
 * its index (`USING INDEX`: a scan in order, not a seek, has no SEEK hint),
 * those of `kept` alone, tested as they are read.
 */
function firstInOrder(label: string, kept = 'true'): string {
  return `MATCH (c:${label}) USING INDEX c:${label}(publishedOrder)
    WHERE ${KEPT_ORDER} IS NOT NULL AND ${kept}
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
 * The contested relations (both supporting and denying claims), sought by
 * `denying > 0` in each relationship type's index (migration 015): their ids
 * as `contestedIds` and, as `contestedClaims`, their claims not judged
 * WRONG (`claimCount`), with those judged WRONG when asked, sought by
 * relation in rejected_claim_relation_order (migration 023).
 */
function contestedRelations(includeRejected: boolean): string {
  const kept = `CALL () {
    MATCH ()-[r:${ALL_RELATIONS}]->() WHERE r.denying > 0 AND r.supporting > 0
    RETURN collect(r.id) AS contestedIds, coalesce(sum(r.claimCount), 0) AS keptClaims
  }`;
  if (!includeRejected) return `${kept}\n  WITH contestedIds, keptClaims AS contestedClaims`;
  return `${kept}
  CALL (contestedIds) {
    UNWIND contestedIds AS id
    MATCH (c:RejectedClaim) WHERE c.relationId = id
    RETURN count(c) AS rejectedClaims
  }
  WITH contestedIds, keptClaims + rejectedClaims AS contestedClaims`;
}

/**
 * The claims of contested relations (`contested`: true) or of the others
 * (false), their total the contested relations' counts (or every claim's
 * less those). The contested relations are gathered once, for the total
 * and the page (a news graph of a million claims has 16,229, read from
 * 72,857 relations denied by a claim). The page is read in the kept order
 * from claim_published_order, the claims of the other kind passed over as
 * they are read, while the list holds at least one claim in RARE of every
 * claim; a rarer list of contested claims is read from each contested
 * relation's first claims (claim_relation_order, migration 023), merged.
 */
export function contestedInOrder(contested: boolean, includeRejected: boolean): OrderedListQuery {
  const labels = claimLabels(includeRejected);
  const listed = contested ? 'contestedClaims' : 'claims - contestedClaims';
  // The others are always walked: a graph whose claims are nearly all contested is no news graph.
  const walk = contested ? `${listed} * ${RARE} >= claims` : 'true';
  const kept = `${contested ? '' : 'NOT '}c.relationId IN contestedIds`;
  // Every key is from '' on when walking, none from null on otherwise: as a WHERE on `walk`,
  // the planner tests it on each claim scanned.
  const bound = contested ? ` AND ${KEPT_ORDER} >= CASE WHEN walk THEN '' END` : '';
  const walked = labels.map((label) => firstInOrder(label, `${kept}${bound}`));
  const sought = labels.map(
    (label) => `WITH * WHERE NOT walk
    UNWIND contestedIds AS id
    CALL (id) {
      ${firstOfKey('relationId', label, 'id')}
    }
    RETURN c`,
  );
  return {
    count: `${contestedRelations(includeRejected)}
  ${countedByLabel(labels)}, contestedIds, contestedClaims
  RETURN ${listed} AS total, contestedIds, ${walk} AS walk`,
    shared: ', contestedIds, walk',
    page: pageOfFirsts(
      contested ? [...walked, ...sought] : walked,
      'UNION ALL',
      'contestedIds, walk',
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
