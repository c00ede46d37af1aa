import { ATTRIBUTION_EVIDENCE, attributionEnds, NEIGHBORHOOD_EDGES_PER_NODE } from '../graph-store';
import type {
  Attribution,
  NeighborhoodRequest,
  Path,
  PathsRequest,
  Subgraph,
} from '../graph-store';
import { toPaths } from '../walks/path-steps';
import { shortestWalks } from '../walks/shortest-walks';
import type { WalkAdjacency, WalkLink } from '../walks/shortest-walks';
import { hops, integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import {
  countOf,
  ENTITY_PROJECTION,
  fieldsOf,
  listOf,
  text,
  toEntity,
  toRelation,
} from './neo4j-records';
import { getRelations } from './neo4j-relations';
import { relationPaths } from './neo4j-shortest-paths';
import { FIRST_STRONGEST, relationsAmong, ROWS_PER_SEEK } from './neo4j-relations-among';
import { strongestOf } from './neo4j-strength-keys';
import { relationTypeNames, relationTypes } from './neo4j-vocabulary';

/**
 * Walks relations between entities in either direction. Every node of a
 * walk is an :Entity, so a walk never passes through the :Value node of a
 * value relation, as the SQLite store never walks a relation without an
 * object entity; nor does it walk a relation from an entity to itself.
 * Attributions, when asked, are walked through the claims that carry them:
 * (speaker)<-[:ATTRIBUTED_TO]-(:Claim)-[:HAS_SUBJECT|HAS_OBJECT]->(entity).
 */

/** Claims `c` of the walk's predicates (`$predicates`, null for any). */
const CLAIM_PREDICATE = '($predicates IS NULL OR c.predicate IN $predicates)';

/** Attributions as pairs (speaker `s`, entity `e`) through claims `c`; needs one end bound. */
const SPOKEN = '(s:Entity)<-[:ATTRIBUTED_TO]-(c:Claim)-[:HAS_SUBJECT|HAS_OBJECT]->(e:Entity)';

/** Every edge from `u` to an entity `n`, attributions included, as `link` {sources, claims, id, forward}. */
function edgesOf(types: string): string {
  const relations = `MATCH (u)-[r:${types}]-(n:Entity) WHERE n <> u
    RETURN n, {sources: r.independentSources, claims: r.claimCount, id: r.id, forward: startNode(r) = u} AS link`;
  const spokenBy = `MATCH (u)<-[:ATTRIBUTED_TO]-(c:Claim)-[:HAS_SUBJECT|HAS_OBJECT]->(n:Entity)
    WHERE n <> u AND ${CLAIM_PREDICATE}
    WITH u, n, count(DISTINCT c) AS claims
    RETURN n, {sources: 1, claims: claims, id: 'attribution:' + u.id + '>' + n.id, forward: true} AS link`;
  const spokenOf = `MATCH (u)<-[:HAS_SUBJECT|HAS_OBJECT]-(c:Claim)-[:ATTRIBUTED_TO]->(n:Entity)
    WHERE n <> u AND ${CLAIM_PREDICATE}
    WITH u, n, count(DISTINCT c) AS claims
    RETURN n, {sources: 1, claims: claims, id: 'attribution:' + n.id + '>' + u.id, forward: false} AS link`;
  return [relations, spokenBy, spokenOf].join('\n    UNION ALL\n    ');
}

/**
 * The port's "strongest first" as one key that sorts ascending: most
 * sources, then most claims, then the smallest id. A relation keeps it as
 * its strength rank, one string (neo4j-ranks.ts); an attribution, counted
 * from claims, has a list instead, compared element by element (Cypher
 * Manual, "Ordering and comparison of values"). So `min()` of the keys of
 * the edges reaching an entity is its strongest edge, and ordering
 * entities by it ranks them as that edge ranks.
 */
const RELATION_KEY = 'r.strengthRank';
const LINK_KEY = '[-link.sources, -link.claims, link.id]';

/**
 * Each entity `n` a frontier entity `u` reaches, not yet in `reached`,
 * ranked by the strongest edge reaching it, and at most `$limit + 1` of
 * them: a hop keeps at most the room left (below `$limit`) and must know
 * whether there were more. One aggregation keeps each entity's strongest
 * key and a Top keeps the first ones; sorting every edge first and then
 * every entity again read each kept edge's properties twice and sorted
 * about twice as many rows (PROFILE of a hub's neighbourhood at 100k
 * claims). Without attributions every edge is a relationship: an entity
 * with more relations than its seeks could read (`$seekDegree`, two ends
 * per type, `$limit + 1` each) gives only its strongest ones, read in order
 * from its strength keys (neo4j-strength-keys.ts), and one with fewer has
 * them all read: a row sought costs more than a row expanded, and seeking
 * from every entity of more than `$limit + 1` relations made the scale
 * bench's mid neighbourhood slower at 100k claims (p50 190 ms against 150).
 * An attribution is counted from claims, so with them every edge of the
 * frontier is read, each first made a map ({sources, claims, id}).
 */
function reachedBy(types: readonly string[], attribution: boolean): string {
  if (!attribution)
    return `CALL (u, reached) {
    WITH u WHERE coalesce(u.degree, 0) <= $seekDegree
    MATCH (u)-[r:${types.join('|')}]-(n:Entity) WHERE n <> u AND NOT n IN reached
    RETURN n, ${RELATION_KEY} AS key
    UNION ALL
    WITH u WHERE u.degree > $seekDegree
    CALL (u, reached) {
    ${strongestOf(types)}
    }
    RETURN n, key
  }
  WITH n, min(key) AS key
  ORDER BY key LIMIT $limit + 1`;
  return `CALL (u) {
    ${edgesOf(types.join('|'))}
  }
  WITH n, link WHERE NOT n IN reached
  WITH n, min(${LINK_KEY}) AS key
  ORDER BY key LIMIT $limit + 1`;
}

/**
 * One hop of a neighbourhood, from `frontier` to the entities not in
 * `reached`, ranked by the strongest edge reaching each. Yields the
 * entities reached, the next frontier (none once the limit cut some off)
 * and whether it did. Each frontier entity's edges are read once and
 * ranked together: ranking each entity's own first (to keep only its
 * strongest) sorts every edge twice and keeps the same entities.
 */
function hop(types: readonly string[], attribution: boolean): string {
  return `CALL (reached, frontier) {
  UNWIND frontier AS u
  ${reachedBy(types, attribution)}
  RETURN collect(n) AS found
}
WITH reached, cut, found, $limit - size(reached) AS room
WITH reached + found[0..room] AS reached, CASE WHEN size(found) > room THEN [] ELSE found END AS frontier,
  cut OR size(found) > room AS cut`;
}

/** Attributions among `reached`, most claims first, then by id, as maps. */
const ATTRIBUTIONS_AMONG = `CALL (reached) {
  UNWIND reached AS s
  MATCH ${SPOKEN}
  WHERE e IN reached AND e <> s AND ${CLAIM_PREDICATE}
  WITH s, e, c ORDER BY c.id
  WITH s, e, collect(DISTINCT c.id) AS claimIds
  WITH 'attribution:' + s.id + '>' + e.id AS id, s, e, claimIds
  ORDER BY size(claimIds) DESC, id
  RETURN collect({id: id, speakerId: s.id, entityId: e.id, claimCount: size(claimIds),
    claimIds: claimIds[0..$evidence]}) AS attributions
}`;

function toAttribution(value: unknown): Attribution {
  const fields = fieldsOf(value, 'attribution');
  return {
    id: text(fields, 'id'),
    speakerId: text(fields, 'speakerId'),
    entityId: text(fields, 'entityId'),
    claimCount: countOf(fields, 'claimCount'),
    claimIds: listOf(fields['claimIds'], String),
  };
}

function predicatesParam(predicates: readonly string[] | undefined): readonly string[] | null {
  return predicates && predicates.length > 0 ? predicates : null;
}

/**
 * The neighbourhood in one statement: `depth` hops, each as `hop`, then
 * the entities in the order reached and the relations (and attributions)
 * among them, strongest first. The answer is the SQLite store's
 * (sqlite-traversal.ts): the port defines it (graph-store.ts `neighborhood`).
 * The relations among them are read from the entity each starts at, and
 * from an entity of many relations only as far as the answer can need
 * (neo4j-relations-among.ts); `reached` holds entities only, so the other
 * end needs no label check.
 */
export async function neighborhood(
  tx: Runner,
  centre: string,
  request: NeighborhoodRequest,
): Promise<Subgraph | null> {
  const names = relationTypeNames(request.predicates);
  const attribution = request.attribution === true;
  const limit = Math.max(0, request.limit);
  const hopsText = Array.from({ length: Number(hops(request.depth)) }, () =>
    hop(names, attribution),
  ).join('\n');
  const rows = await run(tx, {
    text: `MATCH (centre:Entity {id: $centre})
WITH CASE WHEN $limit < 1 THEN [] ELSE [centre] END AS reached,
  CASE WHEN $limit < 1 THEN [] ELSE [centre] END AS frontier, $limit < 1 AS cut
${hopsText}
${relationsAmong(names)}
${attribution ? ATTRIBUTIONS_AMONG : 'WITH reached, cut, relations, [] AS attributions'}
RETURN [e IN reached | ${ENTITY_PROJECTION}] AS entities, relations, attributions, cut`,
    params: {
      centre,
      limit: integer(limit),
      seekDegree: integer(2 * names.length * (limit + 1)),
      manyRelations: integer(2 * ROWS_PER_SEEK * names.length),
      firstStrongest: integer(FIRST_STRONGEST),
      // One more than the answer holds: whether relations were cut.
      mostRelations: integer(NEIGHBORHOOD_EDGES_PER_NODE * limit + 1),
      predicates: predicatesParam(request.predicates),
      evidence: integer(ATTRIBUTION_EVIDENCE),
    },
  });
  const [row] = rows;
  if (!row) return null;
  const relations = listOf(row['relations'], toRelation);
  const most = NEIGHBORHOOD_EDGES_PER_NODE * limit;
  return {
    entities: listOf(row['entities'], toEntity),
    relations: relations.slice(0, most),
    attributions: listOf(row['attributions'], toAttribution),
    truncated: row['cut'] === true || relations.length > most,
  };
}

/** Each entity's edges, relations and attributions, one statement per hop of the search. */
function adjacency(tx: Runner, request: PathsRequest): WalkAdjacency {
  const types = relationTypes(request.predicates);
  const predicates = predicatesParam(request.predicates);
  return {
    async links(nodes) {
      const rows = await run(tx, {
        text: `UNWIND $nodes AS id
MATCH (u:Entity {id: id})
CALL (u) {
    ${edgesOf(types)}
}
RETURN id, collect({edge: link.id, other: n.id, forward: link.forward}) AS links`,
        params: { nodes, predicates },
      });
      const links = new Map<string, WalkLink[]>(nodes.map((node) => [node, []]));
      for (const row of rows) {
        links.set(
          text(row, 'id'),
          listOf(row['links'], (value) => {
            const fields = fieldsOf(value, 'link');
            return {
              edgeId: text(fields, 'edge'),
              other: text(fields, 'other'),
              forward: fields['forward'] === true,
            };
          }),
        );
      }
      return links;
    },
    // Degrees from the store's counts, attributions left out: it only chooses which side grows.
    async cost(nodes) {
      const [row] = await run(tx, {
        text: `UNWIND $nodes AS id MATCH (u:Entity {id: id})
RETURN sum(COUNT { (u)-[:${types}]-() }) AS n`,
        params: { nodes },
      });
      return countOf(row, 'n');
    },
  };
}

/** The attributions of the given ids, in their order; null where none holds now. */
async function attributionsById(
  tx: Runner,
  ids: readonly string[],
  predicates: readonly string[] | undefined,
): Promise<(Attribution | null)[]> {
  const pairs = ids.flatMap((id) => {
    const ends = attributionEnds(id);
    return ends ? [{ id, ...ends }] : [];
  });
  const rows = await run(tx, {
    text: `UNWIND $pairs AS pair
MATCH ${SPOKEN}
WHERE s.id = pair.speakerId AND e.id = pair.entityId AND ${CLAIM_PREDICATE}
WITH pair, c ORDER BY c.id
WITH pair, collect(DISTINCT c.id) AS claimIds
RETURN {id: pair.id, speakerId: pair.speakerId, entityId: pair.entityId, claimCount: size(claimIds),
  claimIds: claimIds[0..$evidence]} AS attribution`,
    params: {
      pairs,
      predicates: predicatesParam(predicates),
      evidence: integer(ATTRIBUTION_EVIDENCE),
    },
  });
  const found = new Map(rows.map((row) => toAttribution(row['attribution'])).map((a) => [a.id, a]));
  return ids.map((id) => found.get(id) ?? null);
}

/**
 * Paths (graph-store.ts `paths`): over relations only, Neo4j's own
 * shortest-path search; with attributions, whose hops cross a claim and so
 * are no single relationship, the bidirectional search the SQLite store
 * runs (walks/shortest-walks.ts), reading each hop's edges in one statement.
 */
export async function paths(
  tx: Runner,
  from: string,
  to: string,
  request: PathsRequest,
): Promise<Path[]> {
  if (from === to || request.first < 1) return [];
  if (!request.attribution) return relationPaths(tx, from, to, request);
  const found = await shortestWalks(
    adjacency(tx, request),
    from,
    to,
    request.maxHops,
    request.first,
  );
  return toPaths(
    found,
    (ids) => getRelations(tx, ids),
    (ids) => attributionsById(tx, ids, request.predicates),
  );
}
