import type { NeighborhoodRequest, Path, PathsRequest, Subgraph } from '../graph-store';
import { hops, integer, run, selectedPaths } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import {
  ENTITY_PROJECTION,
  listOf,
  RELATION_PROJECTION,
  toEntity,
  toRelation,
} from './neo4j-records';
import { column } from './neo4j-paging';
import { relationTypes } from './neo4j-vocabulary';

/**
 * Walks relations between entities in either direction. Every node of a
 * walk is an :Entity, so a walk never passes through the :Value node of a
 * value relation, as the SQLite store never walks a relation without an
 * object entity; nor does it walk a relation from an entity to itself.
 */

/** The port's "strongest first" over relationships bound to `r`. */
const STRENGTH = 'r.independentSources DESC, r.claimCount DESC, r.id';

/**
 * One hop of a neighbourhood, from `frontier` to the entities not in
 * `reached`, ranked by the strongest relation reaching each. Each frontier
 * entity offers only its `$offer` strongest neighbours (reached ones
 * included), which is enough to fill the limit: a hub's neighbours are
 * ranked where they are read and never expanded beyond them. Yields the
 * next frontier (cut to the room left) and whether the cut dropped some.
 */
function hop(types: string): string {
  return `CALL (reached, frontier) {
  UNWIND frontier AS u
  CALL (u) {
    MATCH (u)-[r:${types}]-(n:Entity) WHERE n <> u
    WITH n, r ORDER BY ${STRENGTH}
    WITH n, head(collect(r)) AS r
    RETURN n, r ORDER BY ${STRENGTH} LIMIT $offer
  }
  WITH n, r, reached WHERE NOT n IN reached
  ORDER BY ${STRENGTH}
  WITH n, head(collect(r)) AS r
  ORDER BY ${STRENGTH}
  RETURN collect(n) AS found
}
WITH reached, cut, found, $limit - size(reached) AS room
WITH reached + found[0..room] AS reached, CASE WHEN size(found) > room THEN [] ELSE found END AS frontier,
  cut OR size(found) > room AS cut`;
}

/**
 * The neighbourhood in one statement: `depth` hops, each as `hop`, then
 * the entities in the order reached and the relations among them,
 * strongest first. The answer is the SQLite store's (sqlite-traversal.ts):
 * the port defines it (graph-store.ts `neighborhood`).
 */
export async function neighborhood(
  tx: Runner,
  centre: string,
  request: NeighborhoodRequest,
): Promise<Subgraph | null> {
  const types = relationTypes(request.predicates);
  const limit = Math.max(0, request.limit);
  const hopsText = Array.from({ length: Number(hops(request.depth)) }, () => hop(types)).join('\n');
  const rows = await run(tx, {
    text: `MATCH (centre:Entity {id: $centre})
WITH CASE WHEN $limit < 1 THEN [] ELSE [centre] END AS reached, CASE WHEN $limit < 1 THEN [] ELSE [centre] END AS frontier,
  $limit < 1 AS cut
${hopsText}
CALL (reached) {
  UNWIND reached AS s
  MATCH (s)-[r:${types}]->(o:Entity) WHERE o IN reached
  WITH r ORDER BY ${STRENGTH}
  RETURN collect(${RELATION_PROJECTION}) AS relations
}
RETURN [e IN reached | ${ENTITY_PROJECTION}] AS entities, relations, cut`,
    params: { centre, limit: integer(limit), offer: integer(limit + 1) },
  });
  const [row] = rows;
  if (!row) return null;
  return {
    entities: listOf(row['entities'], toEntity),
    relations: listOf(row['relations'], toRelation),
    truncated: row['cut'] === true,
  };
}

/** A path pattern from `from` to `to` of 1 to `maxHops` relations, no entity twice. */
function simplePaths(types: string, maxHops: number): string {
  return `(p = (from)(()-[:${types}]-(:Entity)){1,${hops(maxHops)}}(to)
    WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]))`;
}

const PATH_COLUMNS = `[r IN relationships(p) | ${RELATION_PROJECTION}] AS relations,
  [i IN range(0, length(p) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]] AS forward`;

/**
 * The `first` shortest simple paths, by Neo4j's shortest-path search
 * (Cypher Manual, "Shortest paths": `SHORTEST k`, `SHORTEST k GROUPS`;
 * the simplicity test sits inside the pattern, so it filters before the
 * selection). Among paths of the same length SHORTEST k picks any; for the
 * answer to be the SQLite store's, the lengths it found are read first,
 * then every path of those lengths (`SHORTEST g GROUPS`, g lengths), ordered
 * by relation ids and cut at `first`. When the first statement found fewer
 * than `first` paths it found all there are, and answers alone.
 */
export async function paths(
  tx: Runner,
  from: string,
  to: string,
  request: PathsRequest,
): Promise<Path[]> {
  if (from === to || request.first < 1) return [];
  const pattern = simplePaths(relationTypes(request.predicates), request.maxHops);
  const ends = 'MATCH (from:Entity {id: $from}), (to:Entity {id: $to})';
  const ordered = `WITH p ORDER BY length(p), [r IN relationships(p) | r.id] LIMIT $first
RETURN ${PATH_COLUMNS}, length(p) AS length`;
  const some = await run(tx, {
    text: `${ends}\nMATCH SHORTEST ${selectedPaths(request.first)} ${pattern}\n${ordered}`,
    params: { from, to, first: integer(request.first) },
  });
  const rows =
    some.length < request.first
      ? some
      : await run(tx, {
          text: `${ends}\nMATCH SHORTEST ${selectedPaths(new Set(column(some, 'length', Number)).size)} GROUPS ${pattern}\n${ordered}`,
          params: { from, to, first: integer(request.first) },
        });
  return rows.map((row) => {
    const relations = listOf(row['relations'], toRelation);
    const forward = listOf(row['forward'], Boolean);
    return { steps: relations.map((relation, i) => ({ relation, forward: forward[i]! })) };
  });
}
