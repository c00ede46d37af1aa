import type { Relation } from '../../domain/relation';
import type { NeighborhoodRequest, Path, PathsRequest } from '../graph-store';
import { hops, integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { listOf, RELATION_PROJECTION, toRelation } from './neo4j-records';
import { column } from './neo4j-paging';
import { relationTypes } from './neo4j-vocabulary';

/**
 * Walks relations between entities in either direction. Every node of a
 * walk is an :Entity, so a walk never passes through the :Value node of a
 * value relation, as the SQLite store never walks a relation without an
 * object entity.
 */

/**
 * Each entity at its smallest depth from the centre, nearest first then by
 * id, at most `limit + 1` (to tell whether `limit` cut some off). SHORTEST 1
 * with an unbound end keeps one shortest path per reached entity, found
 * breadth first (Cypher Manual, "Shortest paths", since 5.21).
 */
export async function neighborhoodIds(
  tx: Runner,
  centre: string,
  request: NeighborhoodRequest,
): Promise<{ ids: string[]; truncated: boolean }> {
  const limit = Math.max(0, request.limit);
  // A quantifier cannot be {0,0}: at depth 0 the centre is all there is.
  const rows =
    request.depth < 1
      ? [{ id: centre }]
      : await run(tx, {
          text: `MATCH (centre:Entity {id: $centre})
MATCH p = SHORTEST 1 (centre)(()-[:${relationTypes(request.predicates)}]-(:Entity)){0,${hops(request.depth)}}(n:Entity)
WITH n.id AS id, length(p) AS depth
ORDER BY depth, id LIMIT $limit
RETURN id`,
          params: { centre, limit: integer(limit + 1) },
        });
  const ids = column(rows, 'id', String);
  return { ids: ids.slice(0, limit), truncated: ids.length > limit };
}

/** Relations with both ends among `ids`, most claims first. */
export async function relationsAmong(
  tx: Runner,
  ids: readonly string[],
  predicates: readonly string[] | undefined,
): Promise<Relation[]> {
  const rows = await run(tx, {
    text: `MATCH (s:Entity)-[r:${relationTypes(predicates)}]->(o:Entity)
WHERE s.id IN $ids AND o.id IN $ids
RETURN ${RELATION_PROJECTION} AS relation ORDER BY r.claimCount DESC, r.id`,
    params: { ids },
  });
  return column(rows, 'relation', toRelation);
}

/**
 * Simple paths of exactly `length` relations. Cypher 5 matches trails
 * (no relationship twice), so the WHERE keeps paths with no entity twice.
 * Ordered by relation ids only to answer the same way every time.
 */
function pathsOfLength(length: number, types: string): string {
  return `MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = (from)(()-[:${types}]-(:Entity)){${hops(length)}}(to)
WHERE all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p ORDER BY [r IN relationships(p) | r.id] LIMIT $first
RETURN [r IN relationships(p) | ${RELATION_PROJECTION}] AS relations,
  [i IN range(0, size(relationships(p)) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]] AS forward`;
}

/**
 * Shortest first by iterative deepening: one statement per length, from 1
 * to `maxHops`, stopping once `first` paths are found, so that the work
 * stays bounded by the shortest lengths that answer.
 */
export async function paths(
  tx: Runner,
  from: string,
  to: string,
  request: PathsRequest,
): Promise<Path[]> {
  if (from === to) return [];
  const types = relationTypes(request.predicates);
  const found: Path[] = [];
  for (let length = 1; length <= request.maxHops && found.length < request.first; length += 1) {
    const rows = await run(tx, {
      text: pathsOfLength(length, types),
      params: { from, to, first: integer(request.first - found.length) },
    });
    for (const row of rows) {
      const relations = listOf(row['relations'], toRelation);
      const forward = listOf(row['forward'], Boolean);
      found.push({ steps: relations.map((relation, i) => ({ relation, forward: forward[i]! })) });
    }
  }
  return found;
}
