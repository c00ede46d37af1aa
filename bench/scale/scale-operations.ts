import neo4j from 'neo4j-driver';
import { NEIGHBORHOOD_EDGES_PER_NODE } from '../../src/store/graph-store';
import { PREDICATE_DEFINITIONS } from '../../src/domain/predicates';
import type { ScaleGraph } from './scale-graph';

/** A query in one language, with its variables or parameters. */
export interface Statement {
  readonly text: string;
  readonly params: Record<string, unknown>;
}

/**
 * What an answer says, the same text from kg's GraphQL `data` and from the
 * Cypher statement's rows when both answer alike, a summary on its first
 * line: the bench checks it once before timing, so that the two are timed
 * giving the same answer.
 */
export interface SameAnswer {
  readonly kg: (data: unknown) => string;
  readonly cypher: (rows: readonly Record<string, unknown>[]) => string;
}

/**
 * One analyst or dashboard operation, as kg serves it (GraphQL over HTTP),
 * as one hand-written Cypher statement on the same Neo4j, and as
 * @neo4j/graphql expresses it when it can (null otherwise).
 */
export interface ScaleOperation {
  readonly name: string;
  readonly kg: Statement;
  readonly cypher: Statement;
  readonly neo4jGraphql: Statement | null;
  /** Set where the Cypher statement must give kg's answer, not a cheaper one. */
  readonly sameAnswer?: SameAnswer;
}

/** Every predicate relationship type: hand-written walks follow relations, not claim links. */
const RELATIONS = PREDICATE_DEFINITIONS.map((p) => p.name).join('|');

const ENTITY_PAGE = `{ id name kind degree
  relations(first: 20) { totalCount edges { node { id predicate claimCount subject { name } object { name } } } }
  claims(first: 20) { totalCount edges { node { id predicate modality sentence } } } }`;

const ENTITY_CYPHER = `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:${RELATIONS}]-(o)
  WITH r, startNode(r) AS s, endNode(r) AS t ORDER BY r.claimCount DESC, r.id LIMIT 20
  RETURN collect({id: r.id, predicate: type(r), claimCount: r.claimCount, subject: s.name, object: t.name}) AS relations
}
CALL (e) {
  MATCH (c:Claim)-[:HAS_SUBJECT]->(e)
  MATCH (c)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY a.publishedAt, a.id, c.sentenceStart, c.id LIMIT 20
  RETURN collect(c {.id, .predicate, .modality, .sentence}) AS claims
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, COUNT { (e)-[:${RELATIONS}]-() } AS degree,
  relations, claims, COUNT { (:Claim)-[:HAS_SUBJECT]->(e) } AS claimCount`;

/** Strongest first as one ascending key: most sources, then most claims, then the smallest id. */
const STRENGTH = '[-r.independentSources, -r.claimCount, r.id]';

/**
 * kg's neighbourhood at depth 2 (README "Graph walks"), by hand: the
 * centre's neighbours ranked by the strongest relation reaching each, then,
 * when they leave room under $limit, their neighbours ranked the same way;
 * at most $limit nodes, centre included, `truncated` when a hop had more
 * than the room left or the relations among the nodes pass $edges. The
 * bench checks it names the nodes and relations kg names before timing.
 */
const NEIGHBORHOOD_CYPHER = `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:${RELATIONS}]-(n:Entity) WHERE n <> c
  WITH n, min(${STRENGTH}) AS strongest ORDER BY strongest LIMIT $limit
  RETURN collect(n) AS first
}
CALL (c, first) {
  WITH c, first WHERE size(first) < $limit
  UNWIND first AS m
  MATCH (m)-[r:${RELATIONS}]-(n:Entity) WHERE n <> c AND NOT n IN first
  WITH n, min(${STRENGTH}) AS strongest ORDER BY strongest LIMIT $limit
  RETURN collect(n) AS second
}
WITH [c] + first + second AS reached
WITH reached[..$limit] AS nodes, size(reached) > $limit AS cut
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:${RELATIONS}]->(b:Entity) WHERE b IN nodes
  WITH r ORDER BY r.independentSources DESC, r.claimCount DESC, r.id LIMIT $edges + 1
  RETURN collect(r.id) AS relations
}
RETURN [n IN nodes | n {.id, .name}] AS entities, relations[..$edges] AS relations,
  cut OR size(relations) > $edges AS truncated`;

/** Node ids, relation ids (each sorted) and `truncated`, of kg's `neighborhood` or the statement above. */
const NEIGHBORHOOD_ANSWER: SameAnswer = {
  kg: (data) => {
    const { neighborhood } = data as {
      neighborhood: { truncated: boolean; nodes: { id: string }[]; edges: { id: string }[] };
    };
    return subgraphText(
      neighborhood.nodes.map((n) => n.id),
      neighborhood.edges.map((e) => e.id),
      neighborhood.truncated,
    );
  },
  cypher: ([row]) =>
    subgraphText(
      (row?.['entities'] as { id: string }[]).map((n) => n.id),
      row?.['relations'] as string[],
      row?.['truncated'] === true,
    ),
};

/** A summary line ("100 nodes, 400 relations, truncated"), then the sorted ids. */
function subgraphText(nodes: string[], edges: string[], truncated: boolean): string {
  const sorted = (ids: string[]) => [...ids].sort().join(' ');
  const cut = truncated ? 'truncated' : 'whole';
  return `${nodes.length} nodes, ${edges.length} relations, ${cut}\n${sorted(nodes)}\n${sorted(edges)}`;
}

const PATHS_CYPHER = (hops: number) => `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)-[:${RELATIONS}]-{1,${hops}}(b)
RETURN [r IN relationships(p) | r {.id, .predicate}] AS steps`;

const CLAIMS_PAGE = `{ totalCount edges { node { id predicate modality sentence subject { name } } } }`;

const CLAIMS_CYPHER = (where: string) => `CALL () {
  MATCH (c:Claim)-[:STATED_IN]->(a:Article) WHERE ${where}
  WITH c, a ORDER BY a.publishedAt, a.id, c.sentenceStart, c.id LIMIT 20
  MATCH (c)-[:HAS_SUBJECT]->(s:Entity)
  RETURN collect(c {.id, .predicate, .modality, .sentence, subject: s.name}) AS claims
}
CALL () { MATCH (c:Claim) WHERE ${where} RETURN count(c) AS total }
RETURN claims, total`;

/**
 * A claim page as @neo4j/graphql can sort it: by claim id. It cannot sort by
 * a related node's field, so kg's order (by the article's date, README
 * "Claims") is out of its reach. kg keeps that order on each claim
 * (`publishedOrder`, src/store/neo4j/neo4j-claim-order.ts): a predicate's
 * page is read in index order (on the 100k graph, PROFILE: 8.2k db hits for
 * the predicate filter, 7.1k of them counting the total, against its 14k),
 * and so is an entity's page in one role, which also keeps the role's entity
 * id on each claim (neo4j-claim-role-ids.ts; the hub's `Entity.claims` 1.1k
 * db hits, against 32k when it followed the hub's relationships and kept the
 * page by a Top). Compare the two knowing they do unequal work.
 */
const NEO4J_GRAPHQL_CLAIMS = `query ($where: ClaimWhere) {
  claimsConnection(where: $where, first: 20, sort: [{ id: ASC }]) {
    totalCount edges { node { id predicate modality sentence subject { name } } } } }`;

/** An entity's first 20 claims as subject, in kg's order, and their number. */
const SUBJECT_CLAIMS_CYPHER = `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (c:Claim)-[:HAS_SUBJECT]->(e)
  MATCH (c)-[:STATED_IN]->(a:Article)
  WITH c, a ORDER BY a.publishedAt, a.id, c.sentenceStart, c.id LIMIT 20
  RETURN collect(c {.id, .predicate, .modality, .sentence, subject: e.name}) AS claims
}
RETURN claims, COUNT { (:Claim)-[:HAS_SUBJECT]->(e) } AS total`;

/** Nodes of a timed neighbourhood, the centre included. */
const NEIGHBORHOOD_LIMIT = 100;

function entityOf(graph: ScaleGraph, kind: keyof ScaleGraph['ranked'], rank: number): string {
  const list = graph.ranked[kind];
  return list[Math.min(rank, list.length - 1)]!;
}

/**
 * The operations the scale bench times, on entities picked by rank in
 * their kind's power law: a hub (the most named country), a mid entity (an
 * organisation of rank 200) and a low one (a person far in the tail).
 */
export function scaleOperations(graph: ScaleGraph): ScaleOperation[] {
  const hub = entityOf(graph, 'COUNTRY', 0);
  const hub2 = entityOf(graph, 'COUNTRY', 1);
  const mid = entityOf(graph, 'ORGANIZATION', 200);
  const low = entityOf(graph, 'PERSON', Math.floor(graph.ranked.PERSON.length * 0.9));
  const searchWord = 'Kalor';
  const neighborhood = (name: string, id: string): ScaleOperation => ({
    name: `neighbourhood depth 2, ${name}`,
    kg: {
      text: `query ($id: ID!, $limit: Int!) { neighborhood(entityId: $id, depth: 2, limit: $limit) {
        truncated nodes { id name } edges { id predicate claimCount subjectId objectId } } }`,
      params: { id, limit: NEIGHBORHOOD_LIMIT },
    },
    cypher: {
      text: NEIGHBORHOOD_CYPHER,
      params: {
        id,
        limit: neo4j.int(NEIGHBORHOOD_LIMIT),
        edges: neo4j.int(NEIGHBORHOOD_EDGES_PER_NODE * NEIGHBORHOOD_LIMIT),
      },
    },
    neo4jGraphql: null,
    sameAnswer: NEIGHBORHOOD_ANSWER,
  });
  const paths = (name: string, from: string, to: string, hops: number): ScaleOperation => ({
    name: `paths maxHops ${hops}, ${name}`,
    kg: {
      text: `query ($from: ID!, $to: ID!, $hops: Int!) { paths(fromId: $from, toId: $to, maxHops: $hops, first: 10) {
        length steps { forward relation { id predicate } } } }`,
      params: { from, to, hops },
    },
    cypher: { text: PATHS_CYPHER(hops), params: { from, to } },
    neo4jGraphql: null,
  });
  const entityClaims = (name: string, id: string): ScaleOperation => ({
    name: `Entity.claims(first: 20), ${name}`,
    kg: {
      text: `query ($id: ID!) { entity(id: $id) { claims(first: 20) ${CLAIMS_PAGE} } }`,
      params: { id },
    },
    cypher: {
      text: SUBJECT_CLAIMS_CYPHER,
      params: { id },
    },
    neo4jGraphql: {
      // Sorted by claim id, as NEO4J_GRAPHQL_CLAIMS is and for the same reason.
      text: `query ($id: ID!) { entities(where: { id: { eq: $id } }) {
        subjectOfConnection(first: 20, sort: [{ node: { id: ASC } }]) {
          totalCount edges { node { id predicate modality sentence subject { name } } } } } }`,
      params: { id },
    },
  });
  /** A relation's claims, read by the relation id each claim keeps (`claim_relation_order`). */
  const relationClaims: ScaleOperation = {
    name: 'Relation.claims(first: 20), the relation of hubs with the most claims',
    kg: {
      text: `query ($id: ID!) { relation(id: $id) { claims(first: 20) ${CLAIMS_PAGE} } }`,
      params: { id: graph.hubRelation },
    },
    cypher: {
      text: CLAIMS_CYPHER('c.relationId = $relation'),
      params: { relation: graph.hubRelation },
    },
    neo4jGraphql: {
      text: NEO4J_GRAPHQL_CLAIMS,
      params: { where: { relationId: { eq: graph.hubRelation } } },
    },
  };
  /**
   * The claim list filtered by one role alone, which kg answers as the
   * entity's list in that role (neo4j-claims-in-order.ts `roleAlone`): the same
   * answer as Entity.claims, asked through `claims(filter:)`.
   */
  const claimsInRole = (name: string, id: string): ScaleOperation => ({
    name: `claims(filter: { subjectId }), ${name}`,
    kg: {
      text: `query ($id: ID!) { claims(filter: { subjectId: $id }, first: 20) ${CLAIMS_PAGE} }`,
      params: { id },
    },
    cypher: {
      text: SUBJECT_CLAIMS_CYPHER,
      params: { id },
    },
    neo4jGraphql: {
      text: NEO4J_GRAPHQL_CLAIMS,
      params: { where: { subject: { some: { id: { eq: id } } } } },
    },
  });
  return [
    {
      name: 'search "Kalor", first 20',
      kg: {
        text: `query ($text: String!) { search(text: $text, first: 20) { totalCount edges { node { id name kind } } } }`,
        params: { text: searchWord },
      },
      cypher: {
        text: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind ORDER BY score DESC LIMIT 20`,
        params: { query: `${searchWord.toLowerCase()}*` },
      },
      // Case-sensitive prefix of the name only: the nearest @neo4j/graphql offers without a full-text index.
      neo4jGraphql: {
        text: `query ($text: String!) { entities(where: { name: { startsWith: $text } }, limit: 20) { id name kind } }`,
        params: { text: searchWord },
      },
    },
    {
      name: 'entity with relations and claims, mid',
      kg: { text: `query ($id: ID!) { entity(id: $id) ${ENTITY_PAGE} }`, params: { id: mid } },
      cypher: { text: ENTITY_CYPHER, params: { id: mid } },
      neo4jGraphql: null,
    },
    {
      name: 'entity with relations and claims, hub',
      kg: { text: `query ($id: ID!) { entity(id: $id) ${ENTITY_PAGE} }`, params: { id: hub } },
      cypher: { text: ENTITY_CYPHER, params: { id: hub } },
      neo4jGraphql: null,
    },
    entityClaims('low', low),
    entityClaims('hub', hub),
    claimsInRole('hub', hub),
    relationClaims,
    neighborhood('low', low),
    neighborhood('mid', mid),
    neighborhood('hub', hub),
    paths('low to mid', low, mid, 3),
    paths('hub to hub', hub, hub2, 3),
    paths('low to mid', low, mid, 4),
    paths('hub to hub', hub, hub2, 4),
    {
      name: 'claims filtered by predicate',
      kg: {
        text: `query { claims(filter: { predicates: [SANCTIONS] }, first: 20) ${CLAIMS_PAGE} }`,
        params: {},
      },
      cypher: {
        text: CLAIMS_CYPHER('c.predicate = $predicate'),
        params: { predicate: 'SANCTIONS' },
      },
      neo4jGraphql: {
        text: NEO4J_GRAPHQL_CLAIMS,
        params: { where: { predicate: { eq: 'SANCTIONS' } } },
      },
    },
    {
      name: 'claims filtered by predicate and modality',
      kg: {
        text: `query { claims(filter: { predicates: [SANCTIONS], modalities: [DENIED] }, first: 20) ${CLAIMS_PAGE} }`,
        params: {},
      },
      cypher: {
        text: CLAIMS_CYPHER('c.predicate = $predicate AND c.modality = $modality'),
        params: { predicate: 'SANCTIONS', modality: 'DENIED' },
      },
      neo4jGraphql: {
        text: NEO4J_GRAPHQL_CLAIMS,
        params: { where: { predicate: { eq: 'SANCTIONS' }, modality: { eq: 'DENIED' } } },
      },
    },
    {
      name: 'claims of the hub in a quarter',
      kg: {
        text: `query ($id: ID!) { claims(filter: { entityId: $id, from: "2024-01-01", to: "2024-03-31" }, first: 20) ${CLAIMS_PAGE} }`,
        params: { id: hub },
      },
      cypher: {
        text: `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (c:Claim)-->(e)
  MATCH (c)-[:STATED_IN]->(a:Article)
  WHERE coalesce(c.timeTo, c.timeFrom, left(a.publishedAt, 10)) >= $from
    AND coalesce(c.timeFrom, c.timeTo, left(a.publishedAt, 10)) <= $to
  WITH DISTINCT c, a
  RETURN c, a
}
WITH c, a ORDER BY a.publishedAt, a.id, c.sentenceStart, c.id
WITH collect(c {.id, .predicate, .modality, .sentence}) AS found
RETURN found[..20] AS claims, size(found) AS total`,
        params: { id: hub, from: '2024-01-01', to: '2024-03-31' },
      },
      neo4jGraphql: null,
    },
    {
      name: 'stats (whole graph)',
      kg: {
        text: `query { stats(mostConnected: 10) { articles entities claims relations
          claimsByPredicate { key count } claimsByModality { key count } mostConnected { degree entity { id name } } } }`,
        params: {},
      },
      cypher: {
        text: `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r:${RELATIONS}]->() RETURN count(r) AS relations }
CALL () { MATCH (c:Claim) WITH c.predicate AS key, count(*) AS n RETURN collect({key: key, count: n}) AS byPredicate }
CALL () { MATCH (c:Claim) WITH c.modality AS key, count(*) AS n RETURN collect({key: key, count: n}) AS byModality }
CALL () {
  MATCH (e:Entity) WITH e, COUNT { (e)-[:${RELATIONS}]-() } AS degree ORDER BY degree DESC, e.id LIMIT 10
  RETURN collect({id: e.id, name: e.name, degree: degree}) AS mostConnected
}
RETURN articles, entities, claims, relations, byPredicate, byModality, mostConnected`,
        params: {},
      },
      neo4jGraphql: null,
    },
    {
      name: 'timeline by month, one predicate',
      kg: {
        text: `query { timeline(bucket: MONTH, time: PUBLISHED, filter: { predicates: [SANCTIONS] }) { truncated buckets { start count } } }`,
        params: {},
      },
      cypher: {
        text: `MATCH (c:Claim {predicate: $predicate})-[:STATED_IN]->(a:Article)
RETURN left(a.publishedAt, 7) AS month, count(*) AS count ORDER BY month LIMIT 100`,
        params: { predicate: 'SANCTIONS' },
      },
      neo4jGraphql: null,
    },
  ];
}
