import type { EntityKind } from '../../domain/entity';
import type { GraphStats } from '../graph-store';
import { summedCounts } from './neo4j-count-nodes';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { ARTICLE_KIND_COUNT, CLAIM_KIND_COUNT, RELATION_KIND_COUNT } from './neo4j-kind-counts';
import { ENTITY_PROJECTION } from './neo4j-records';
import { toGraphStats } from './neo4j-stats';

/** The count nodes `k` with an end of the kinds. */
const OF_KINDS = 'k.subjectKind IN $kinds OR k.objectKind IN $kinds';

/** The article counts `k` under a set of kinds holding one of the filter's. */
const ARTICLE_OF_KINDS = 'any(kind IN k.kinds WHERE kind IN $kinds)';

/** The connected entities `e` of one kind, most connected first (entity_kind_degree_rank, migration 018). */
const CONNECTED_OF_KIND = 'MATCH (e:Entity) WHERE e.kind = kind AND e.degreeRank IS NOT NULL';

/**
 * Stats narrowed to entity kinds alone, as filteredStats counts them
 * (neo4j-filtered-stats.ts), from the counts migration 018 keeps instead of
 * every claim of the kinds' entities. A claim matches when an end is of the
 * kinds, so every relation touching an entity of the kinds matches: the
 * entities counted and ranked are those of the kinds with a relation, each
 * with its whole degree (neo4j-entity-degrees.ts), read per kind in rank
 * order; claims, relations and articles sum the count nodes of the kinds.
 */
const KIND_STATS = `CALL () {
  MATCH (k:${CLAIM_KIND_COUNT}) WHERE ${OF_KINDS} RETURN coalesce(sum(k.n), 0) AS claims
}
CALL () {
  MATCH (k:${RELATION_KIND_COUNT}) WHERE ${OF_KINDS} RETURN coalesce(sum(k.n), 0) AS relations
}
CALL () {
  MATCH (k:${ARTICLE_KIND_COUNT}) WHERE ${ARTICLE_OF_KINDS} RETURN coalesce(sum(k.n), 0) AS articles
}
${summedCounts(ARTICLE_KIND_COUNT, 'publisher', 'articlesByPublisher', ARTICLE_OF_KINDS)}
${summedCounts(CLAIM_KIND_COUNT, 'predicate', 'claimsByPredicate', OF_KINDS)}
${summedCounts(CLAIM_KIND_COUNT, 'modality', 'claimsByModality', OF_KINDS)}
CALL () {
  UNWIND $kinds AS kind
  CALL (kind) { ${CONNECTED_OF_KIND} RETURN count(e) AS count }
  WITH kind AS key, count WHERE count > 0 ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS entitiesByKind
}
CALL () {
  UNWIND $kinds AS kind
  CALL (kind) { ${CONNECTED_OF_KIND} WITH e ORDER BY e.degreeRank LIMIT $top RETURN e }
  WITH e ORDER BY e.degreeRank LIMIT $top
  RETURN collect({entity: ${ENTITY_PROJECTION}, degree: e.degree}) AS mostConnected
}
RETURN articles, reduce(n = 0, k IN entitiesByKind | n + k.count) AS entities, claims, relations,
  entitiesByKind, claimsByPredicate, claimsByModality, articlesByPublisher, mostConnected`;

export async function kindStats(
  tx: Runner,
  kinds: readonly EntityKind[],
  mostConnected: number,
): Promise<GraphStats> {
  const [row] = await run(tx, {
    text: KIND_STATS,
    params: { kinds: [...new Set(kinds)], top: integer(Math.max(0, mostConnected)) },
  });
  return toGraphStats(row);
}
