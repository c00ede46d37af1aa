import type { Claim } from '../../domain/claim';
import type {
  ClaimFilter,
  ClaimListOptions,
  ClaimRole,
  Page,
  PageRequest,
  TimeOrder,
} from '../graph-store';
import type { Runner } from './neo4j-cypher';
import { CLAIM_PROJECTION, toClaim } from './neo4j-records';
import { pageOf, pagesByGroup } from './neo4j-paging';
import type { ListQuery, OrderedListQuery } from './neo4j-paging';
import { luceneQuery, searchWords } from './neo4j-search-text';
import { ANY_ROLE } from './neo4j-vocabulary';
import {
  contestedInOrder,
  contestedOfPredicates,
  contestedOfPredicatesInOrder,
  everyClaimInOrder,
  filtersNothingBut,
  ingestedAfterInOrder,
} from './neo4j-claim-lists';
import {
  anyRoleAlone,
  claimLabels,
  entityAndPredicatesAlone,
  inPredicateOrder,
  KEPT_ORDER,
  ofEntityAndPredicatesInOrder,
  ofEntityInAnyRole,
  ofEntityInOrder,
  ofRelationInOrder,
  predicatesAlone,
  roleAlone,
} from './neo4j-claims-in-order';
import { ROLE_ID_PROPERTIES } from './neo4j-claim-role-ids';
import { entityPredicateKey } from './neo4j-entity-claim-counts';
import {
  claimsInPeriod,
  periodAlone,
  ofPeriod,
  ofPeriodInOrder,
  periodParams,
  readsEntityPeriod,
} from './neo4j-claims-in-period';

/**
 * The order of every claim list: by article date, article, position in it,
 * then id; read from the one property each claim keeps it in
 * (neo4j-claim-order.ts), rather than from four of the claim and its article.
 */
const CLAIM_ORDER = KEPT_ORDER;

/** As the SQLite store's: newest first reverses the time only, an article's claims keep reading order. */
const CLAIM_ORDERS: Readonly<Record<TimeOrder, string>> = {
  PUBLISHED_ASC: CLAIM_ORDER,
  PUBLISHED_DESC: 'a.publishedAt DESC, a.id, c.sentenceStart, c.id',
  INGESTED_ASC: 'a.ingestedAt, a.id, c.sentenceStart, c.id',
  INGESTED_DESC: 'a.ingestedAt DESC, a.id, c.sentenceStart, c.id',
};

/**
 * Filters on the entities of a claim become patterns anchored on an
 * entity id, which the planner can start from (a unique index seek)
 * instead of scanning every claim.
 */
const ENTITY_FILTERS = [
  ['subjectId', '(c)-[:HAS_SUBJECT]->(:Entity {id: $subjectId})'],
  ['objectId', '(c)-[:HAS_OBJECT]->(:Entity {id: $objectId})'],
  ['attributedToId', '(c)-[:ATTRIBUTED_TO]->(:Entity {id: $attributedToId})'],
  ['reportedById', '(c)-[:REPORTED_BY]->(:Entity {id: $reportedById})'],
  ['itemId', '(c)-[:ABOUT_ITEM]->(:Entity {id: $itemId})'],
  ['locationId', '(c)-[:AT_LOCATION]->(:Entity {id: $locationId})'],
] as const;

/** Claims judged WRONG carry :RejectedClaim instead of :Claim (neo4j-review.ts). */
function claimLabel(options: ClaimListOptions): string {
  return claimLabels(options.includeRejected === true).join('|');
}

function present<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/**
 * An ingestion time the per-day read takes (`ingestedAfterInOrder`): its
 * first ten characters are the day its kept counts and index are keyed by.
 */
const STARTS_WITH_A_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The MATCH for a filter, built only from the constant fragments above and
 * below; the statement depends on which fields are set, never on their
 * values. An empty list filters nothing, as in the SQLite store. A claim's
 * period is its own time, else its article's publication day, which each
 * claim keeps (neo4j-claim-periods.ts): an entity's claims in a period are
 * read from the period indexes (neo4j-claims-in-period.ts).
 */
export function claimMatch(filter: ClaimFilter): {
  match: string;
  params: Record<string, unknown>;
} {
  const label = claimLabel(filter);
  const inPeriod = readsEntityPeriod(filter);
  const patterns = [`(c:${label})-[:STATED_IN]->(a:Article)`];
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  // The full-text index finds the claims first; every word as a word or a prefix.
  let prefix = '';
  if (filter.text !== undefined) {
    const words = searchWords(filter.text);
    prefix =
      filter.includeRejected === true
        ? `CALL () {
  CALL db.index.fulltext.queryNodes('claim_sentence', $lucene) YIELD node RETURN node AS c
  UNION
  CALL db.index.fulltext.queryNodes('rejected_claim_sentence', $lucene) YIELD node RETURN node AS c
}\n`
        : `CALL db.index.fulltext.queryNodes('claim_sentence', $lucene) YIELD node AS c\n`;
    // A text without words matches nothing, as in the SQLite store.
    params['lucene'] = words.length > 0 ? luceneQuery(words) : 'kg';
    if (words.length === 0) conditions.push('false');
  } else if (inPeriod) {
    // The entity's claims in the period alone, from each role's period indexes.
    prefix = `${claimsInPeriod(periodParams(filter))}\n`;
    Object.assign(params, periodParams(filter));
  } else if (present(filter.entityId)) {
    // Started from the entity's unique index, each claim once whatever the roles it plays
    // there; an EXISTS condition instead makes the planner scan every claim.
    prefix = `MATCH (:Entity {id: $entityId})<-[:${ANY_ROLE}]-(c:${label})\nWITH DISTINCT c\n`;
    params['entityId'] = filter.entityId;
  }
  for (const [field, pattern] of ENTITY_FILTERS) {
    if (present(filter[field])) {
      patterns.push(pattern);
      params[field] = filter[field];
    }
  }
  const add = (field: keyof ClaimFilter, condition: string): void => {
    const value = filter[field];
    if (!present(value) || (Array.isArray(value) && value.length === 0)) return;
    conditions.push(condition);
    params[field] = value;
  };
  add('articleId', 'a.id = $articleId');
  add('predicates', 'c.predicate IN $predicates');
  add('modalities', 'c.modality IN $modalities');
  if (!inPeriod) {
    add('from', 'coalesce(c.timeTo, c.timeFrom, left(a.publishedAt, 10)) >= $from');
    add('to', 'coalesce(c.timeFrom, c.timeTo, left(a.publishedAt, 10)) <= $to');
  }
  if (filter.text !== undefined)
    add('entityId', `EXISTS { (c)-[:${ANY_ROLE}]->(:Entity {id: $entityId}) }`);
  add('publisher', 'a.publisher = $publisher');
  add('ingestedAfter', 'a.ingestedAt > $ingestedAfter');
  // The flag each claim keeps of its relation (neo4j-contested-claims.ts).
  if (filter.contested !== undefined) {
    conditions.push('c.contested = $contested');
    params['contested'] = filter.contested;
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return { match: `${prefix}MATCH ${patterns.join(', ')}${where}`, params };
}

function claimList(match: string, order: string): ListQuery {
  return { match, carry: 'c, a', order, projection: CLAIM_PROJECTION };
}

/**
 * The list of a filter naming an entity in any role alone (or with predicates), or nothing but
 * whether claims are of contested relations or their articles' ingestion, read in the kept order from
 * an index and cut at the page's end (its group's key, the entity), or
 * null for any other filter.
 */
function inKeptOrder(
  filter: ClaimFilter,
): { query: OrderedListQuery; key: string; params?: Record<string, unknown> } | null {
  const includeRejected = filter.includeRejected === true;
  const entityId = anyRoleAlone(filter);
  if (entityId !== null) return { query: ofEntityInAnyRole(), key: entityId };
  const ofPredicates = entityAndPredicatesAlone(filter);
  if (ofPredicates !== null) {
    const { entityId: key, predicates } = ofPredicates;
    return {
      query: ofEntityAndPredicatesInOrder(),
      key,
      params: { predicates, countKeys: predicates.map((p) => entityPredicateKey(key, p)) },
    };
  }
  if (filtersNothingBut(filter)) return { query: everyClaimInOrder(includeRejected), key: '' };
  if (filter.contested !== undefined && filtersNothingBut(filter, 'contested'))
    return {
      query: contestedInOrder(filter.contested, includeRejected),
      key: '',
      params: { contested: filter.contested },
    };
  const contestedPredicates = contestedOfPredicates(filter);
  if (contestedPredicates !== null)
    return {
      query: contestedOfPredicatesInOrder(),
      key: '',
      params: { contested: filter.contested, predicates: contestedPredicates },
    };
  if (
    filter.ingestedAfter !== undefined &&
    STARTS_WITH_A_DAY.test(filter.ingestedAfter) &&
    filtersNothingBut(filter, 'ingestedAfter')
  )
    return {
      query: ingestedAfterInOrder(includeRejected),
      key: '',
      params: {
        ingestedAfter: filter.ingestedAfter,
        ingestedDay: filter.ingestedAfter.slice(0, 10),
      },
    };
  return null;
}

export async function claims(
  tx: Runner,
  filter: ClaimFilter,
  page: PageRequest,
  order: TimeOrder = 'PUBLISHED_ASC',
): Promise<Page<Claim>> {
  // The filters that read in an index's order, up to the page's end.
  const ofRole = order === 'PUBLISHED_ASC' ? roleAlone(filter) : null;
  if (ofRole !== null) {
    const query = ofEntityInOrder(ofRole.property, ofRole.includeRejected);
    const [only] = await pagesByGroup(tx, [{ key: ofRole.entityId }], page, query, toClaim);
    return only!;
  }
  if (order === 'PUBLISHED_ASC' && periodAlone(filter)) {
    const bounds = periodParams(filter);
    if (bounds.entityId !== undefined) return pageOf(tx, page, ofPeriod(bounds), toClaim, bounds);
    const query = ofPeriodInOrder(bounds);
    const [only] = await pagesByGroup(tx, [{ key: '' }], page, query, toClaim, bounds);
    return only!;
  }
  const indexed = order === 'PUBLISHED_ASC' ? predicatesAlone(filter) : null;
  if (indexed !== null) {
    const query = inPredicateOrder(indexed.modalities.length > 0);
    return pageOf(tx, page, query, toClaim, indexed);
  }
  const ordered = order === 'PUBLISHED_ASC' ? inKeptOrder(filter) : null;
  if (ordered !== null) {
    const [only] = await pagesByGroup(
      tx,
      [{ key: ordered.key }],
      page,
      ordered.query,
      toClaim,
      ordered.params,
    );
    return only!;
  }
  const { match, params } = claimMatch(filter);
  return pageOf(tx, page, claimList(match, CLAIM_ORDERS[order]), toClaim, params);
}

export async function claimsOfEntities(
  tx: Runner,
  requests: readonly { readonly entityId: string; readonly role: ClaimRole }[],
  page: PageRequest,
  options: ClaimListOptions = {},
): Promise<Page<Claim>[]> {
  // One statement per role asked, each seeking only its role's index.
  const pages: Page<Claim>[] = requests.map(() => ({ items: [], totalCount: 0 }));
  for (const role of new Set(requests.map((r) => r.role))) {
    const asked = [...requests.keys()].filter((i) => requests[i]!.role === role);
    const query = ofEntityInOrder(ROLE_ID_PROPERTIES[role], options.includeRejected === true);
    const groups = asked.map((i) => ({ key: requests[i]!.entityId }));
    const found = await pagesByGroup(tx, groups, page, query, toClaim);
    asked.forEach((i, k) => (pages[i] = found[k]!));
  }
  return pages;
}

export function claimsOfRelations(
  tx: Runner,
  relationIds: readonly string[],
  page: PageRequest,
  options: ClaimListOptions = {},
): Promise<Page<Claim>[]> {
  const query = ofRelationInOrder(options.includeRejected === true);
  return pagesByGroup(
    tx,
    relationIds.map((key) => ({ key })),
    page,
    query,
    toClaim,
  );
}
