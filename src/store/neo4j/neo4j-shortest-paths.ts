import type { Path, PathsRequest } from '../graph-store';
import type { Cypher, Runner } from './neo4j-cypher';
import { hops, integer, run, selectedPaths } from './neo4j-cypher';
import { listOf, RELATION_PROJECTION, toRelation } from './neo4j-records';
import { relationTypes } from './neo4j-vocabulary';

/**
 * The `first` shortest simple paths over relations (graph-store.ts `paths`)
 * in one statement. The answer is the first `first`, by length then by
 * relation ids hop by hop, of every simple path within `maxHops`; paths
 * longer than the `first`-th are never needed, so the statement reads
 * lengths one group at a time and stops at the first group by which it
 * holds `first` paths, or once no longer path exists:
 *
 * 1. The relations joining the two ends directly (the paths of length 1),
 *    found from both ends at once (Expand(Into)), not by a search leaving
 *    one end through all its relations: two hubs joined many times over
 *    answer here.
 * 2. Then `SHORTEST j GROUPS` (Cypher Manual, "Shortest paths") for
 *    j = 1, 2, … up to `maxHops`, each run only while fewer than `first`
 *    paths are held and the group before it was full, each giving every
 *    path of the j shortest lengths. A shallow search costs a fraction of
 *    a deeper one, and the last search is the one the answer needs anyway.
 *
 * Reading `SHORTEST first` first to learn how many lengths to ask for, as
 * this store did, ran the deepest search twice. Each step is a subquery
 * that always yields one row (an aggregation), run or not, so the
 * statement is one round trip; the simplicity test sits inside the path
 * pattern, so it filters before the selection. `SHORTEST j GROUPS` over
 * `{1,1}` is refused by Neo4j 5.26 ("Sub-path assignment is currently not
 * supported"): with `maxHops` 1 the direct relations are the answer.
 */
export function shortestPathsStatement(from: string, to: string, request: PathsRequest): Cypher {
  const types = relationTypes(request.predicates);
  const maxHops = Number(hops(request.maxHops));
  // Step 1 runs only when no relation joins the ends; with one, group 1 is known and step 2 is next.
  const steps =
    maxHops > 1 ? Array.from({ length: maxHops }, (_, i) => groupStep(types, maxHops, i + 1)) : [];
  return {
    text: `MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
CALL (from, to) {
  MATCH (from)-[r:${types}]-(to)
  WITH r ORDER BY r.id
  WITH collect(r) AS direct
  RETURN [r IN direct[..$first] | {relations: [${RELATION_PROJECTION}], forward: [startNode(r) = from]}] AS found,
    size(direct) >= $first AS done, CASE WHEN size(direct) > 0 THEN 1 ELSE 0 END AS groups
}
${steps.join('\n')}
UNWIND found AS path
RETURN path.relations AS relations, path.forward AS forward`,
    params: { from, to, first: integer(request.first) },
  };
}

/** Every path of the `j` shortest lengths, when the paths held are too few and group `j - 1` was found. */
function groupStep(types: string, maxHops: number, j: number): string {
  return `WITH from, to, found, groups, done, NOT done AND groups = ${j - 1} AS searching
CALL (from, to, searching) {
  WITH from, to, searching WHERE searching
  MATCH SHORTEST ${selectedPaths(j)} GROUPS (p = (from)(()-[:${types}]-(:Entity)){1,${maxHops}}(to)
    WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]))
  WITH p ORDER BY length(p), [r IN relationships(p) | r.id]
  RETURN collect(p) AS paths, count(DISTINCT length(p)) AS lengths
}
WITH from, to,
  CASE WHEN searching THEN [p IN paths[..$first] | {
    relations: [r IN relationships(p) | ${RELATION_PROJECTION}],
    forward: [i IN range(0, length(p) - 1) | startNode(relationships(p)[i]) = nodes(p)[i]]}] ELSE found END AS found,
  CASE WHEN searching THEN lengths ELSE groups END AS groups,
  CASE WHEN searching THEN size(paths) >= $first OR lengths < ${j} ELSE done END AS done`;
}

/** Runs the statement above and maps its rows to paths of relation steps. */
export async function relationPaths(
  tx: Runner,
  from: string,
  to: string,
  request: PathsRequest,
): Promise<Path[]> {
  const rows = await run(tx, shortestPathsStatement(from, to, request));
  return rows.map((row) => {
    const relations = listOf(row['relations'], toRelation);
    const forward = listOf(row['forward'], Boolean);
    return {
      steps: relations.map((relation, i) => ({
        kind: 'RELATION' as const,
        relation,
        forward: forward[i]!,
      })),
    };
  });
}
