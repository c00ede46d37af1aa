import type { Claim } from '../../domain/claim';
import type { ClaimFilter, ClaimRole, Page, PageRequest } from '../graph-store';
import type { Runner } from './neo4j-cypher';
import { CLAIM_PROJECTION, toClaim } from './neo4j-records';
import { pageOf, pagesByGroup } from './neo4j-paging';
import type { ListQuery } from './neo4j-paging';

/** The order of every claim list: by article date, article, position in it, then id. */
const CLAIM_ORDER = 'a.publishedAt, a.id, c.sentenceStart, c.id';

/** The relationship from a claim to the entity playing each role. */
const ROLE_TYPES: Readonly<Record<ClaimRole, string>> = {
  SUBJECT: 'HAS_SUBJECT',
  OBJECT: 'HAS_OBJECT',
  SPEAKER: 'ATTRIBUTED_TO',
  REPORTER: 'REPORTED_BY',
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
] as const;

function present<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/**
 * The MATCH for a filter, built only from the constant fragments above and
 * below; the statement depends on which fields are set, never on their
 * values. An empty list filters nothing, as in the SQLite store. A claim's
 * period is its own time, else its article's publication day.
 */
export function claimMatch(filter: ClaimFilter): {
  match: string;
  params: Record<string, unknown>;
} {
  const patterns = ['(c:Claim)-[:STATED_IN]->(a:Article)'];
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
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
  add('from', 'coalesce(c.timeTo, c.timeFrom, left(a.publishedAt, 10)) >= $from');
  add('to', 'coalesce(c.timeFrom, c.timeTo, left(a.publishedAt, 10)) <= $to');
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return { match: `MATCH ${patterns.join(', ')}${where}`, params };
}

function claimList(match: string): ListQuery {
  return { match, carry: 'c, a', order: CLAIM_ORDER, projection: CLAIM_PROJECTION };
}

export function claims(tx: Runner, filter: ClaimFilter, page: PageRequest): Promise<Page<Claim>> {
  const { match, params } = claimMatch(filter);
  return pageOf(tx, page, claimList(match), toClaim, params);
}

export function claimsOfEntities(
  tx: Runner,
  requests: readonly { readonly entityId: string; readonly role: ClaimRole }[],
  page: PageRequest,
): Promise<Page<Claim>[]> {
  const groups = requests.map((r) => ({ key: r.entityId, type: ROLE_TYPES[r.role] }));
  const match = `MATCH (:Entity {id: g.key})<-[role:${Object.values(ROLE_TYPES).join('|')}]-(c:Claim)-[:STATED_IN]->(a:Article)
  WHERE type(role) = g.type`;
  return pagesByGroup(tx, groups, page, claimList(match), toClaim);
}

export function claimsOfRelations(
  tx: Runner,
  relationIds: readonly string[],
  page: PageRequest,
): Promise<Page<Claim>[]> {
  const match = 'MATCH (c:Claim {relationId: g.key})-[:STATED_IN]->(a:Article)';
  return pagesByGroup(
    tx,
    relationIds.map((key) => ({ key })),
    page,
    claimList(match),
    toClaim,
  );
}
