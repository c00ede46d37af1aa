import type { GraphStats, StatsFilter } from '../graph-store';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { claimMatch } from './neo4j-claims';
import { ENTITY_PROJECTION } from './neo4j-records';
import { toGraphStats } from './neo4j-stats';

/** `{key, count}` maps by count then key, from a grouping over the claims `x` of `m`. */
function grouped(key: string, as: string): string {
  return `CALL (m) {
  ${CLAIMS} WITH ${key} AS key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS ${as}
}`;
}

/** The matching claims `x`, each relation `r` of `m` holding its own. */
const CLAIMS = 'UNWIND m AS r UNWIND r.claims AS x';
/** The ends `e` of each matching relation `r`. */
const ENDS = 'UNWIND m AS r UNWIND r.ends AS e';

/**
 * Stats over the claims matching a filter, as the SQLite store counts them
 * (graph-store.ts `stats`): the matching claims grouped by relation, with
 * the relation's subject and object entities of the filter's kinds, expanded
 * once per relation from one of its claims (all of a relation's claims have
 * its subject and object: domain/relation.ts `relationIdOf`), collected once
 * as `m`, then one aggregation per count.
 */
function statsText(start: string, match: string): string {
  return `${start}${match}
WITH c.relationId AS relation, collect(c)[0] AS one,
  collect({article: a.id, publisher: a.publisher, predicate: c.predicate, modality: c.modality}) AS claims
WITH relation, claims,
  [(one)-[:HAS_SUBJECT|HAS_OBJECT]->(e:Entity) WHERE $kinds IS NULL OR e.kind IN $kinds | e] AS ends
WHERE $kinds IS NULL OR size(ends) > 0
WITH collect({relation: relation, claims: claims, ends: ends}) AS m
CALL (m) {
  ${CLAIMS}
  RETURN count(x) AS claims, count(DISTINCT x.article) AS articles
}
CALL (m) { ${ENDS} RETURN count(DISTINCT e) AS entities }
CALL (m) {
  ${ENDS} WITH DISTINCT e WITH e.kind AS key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS entitiesByKind
}
${grouped('x.predicate', 'claimsByPredicate')}
${grouped('x.modality', 'claimsByModality')}
CALL (m) {
  ${CLAIMS} WITH DISTINCT x.article AS article, x.publisher AS publisher
  WITH publisher AS key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS articlesByPublisher
}
CALL (m) {
  ${ENDS} WITH e, count(DISTINCT r.relation) AS degree ORDER BY degree DESC, e.id LIMIT $top
  RETURN collect({entity: ${ENTITY_PROJECTION}, degree: degree}) AS mostConnected
}
RETURN articles, entities, claims, size(m) AS relations, entitiesByKind, claimsByPredicate, claimsByModality,
  articlesByPublisher, mostConnected`;
}

/**
 * The claims of a period, seeking those with a time of their own by its
 * bound (migration 017) and the others through their articles by date: a
 * superset of the period, claimMatch's conditions keeping it exact, that
 * costs the claims it holds. The three parts are disjoint. An article's
 * `publishedAt` starts with its day, so `$publishedUntil` (the last day
 * followed by the greatest character) takes every article of the days.
 */
function claimsOfPeriod(filter: StatsFilter): string {
  const [bound, other, own] =
    filter.from !== undefined
      ? ['c.timeTo >= $from', 'c.timeFrom >= $from', 'timeTo']
      : ['c.timeFrom <= $to', 'c.timeTo <= $to', 'timeFrom'];
  const published = [
    ...(filter.from !== undefined ? ['p.publishedAt >= $from'] : []),
    ...(filter.to !== undefined ? ['p.publishedAt <= $publishedUntil'] : []),
  ];
  return `CALL () {
  MATCH (c:Claim) WHERE ${bound} RETURN c
  UNION ALL
  MATCH (c:Claim) WHERE ${other} AND c.${own} IS NULL RETURN c
  UNION ALL
  MATCH (p:Article) WHERE ${published.join(' AND ')}
  MATCH (c:Claim)-[:STATED_IN]->(p) WHERE c.timeFrom IS NULL AND c.timeTo IS NULL RETURN c
}
`;
}

/**
 * Where the matching claims are read from, bound as `c` before claimMatch's
 * conditions: an entity's claims from the entity and predicates from
 * claim_predicate by claimMatch itself; else a period by claimsOfPeriod.
 * Kinds alone never come here: the store answers them from the counts it
 * keeps per kind (neo4j-kind-stats.ts).
 */
function startOf(filter: StatsFilter): string {
  if (filter.entityId !== undefined || (filter.predicates ?? []).length > 0) return '';
  return filter.from !== undefined || filter.to !== undefined ? claimsOfPeriod(filter) : '';
}

export async function filteredStats(
  tx: Runner,
  filter: StatsFilter,
  mostConnected: number,
): Promise<GraphStats> {
  const { match, params } = claimMatch({
    entityId: filter.entityId,
    from: filter.from,
    to: filter.to,
    predicates: filter.predicates,
  });
  const [row] = await run(tx, {
    text: statsText(startOf(filter), match),
    params: {
      ...params,
      publishedUntil: filter.to === undefined ? null : `${filter.to.slice(0, 10)}\uffff`,
      kinds: filter.kinds && filter.kinds.length > 0 ? filter.kinds : null,
      top: integer(Math.max(0, mostConnected)),
    },
  });
  return toGraphStats(row);
}
