import { ENTITY_KINDS } from '../../domain/entity';
import type { GraphStats } from '../graph-store';
import { summedCounts } from './neo4j-count-nodes';
import { integer, run } from './neo4j-cypher';
import { MOST_CONNECTED } from './neo4j-entity-degrees';
import { ARTICLE_KIND_COUNT, CLAIM_KIND_COUNT } from './neo4j-kind-counts';
import type { Fields, Runner } from './neo4j-cypher';
import {
  countOf,
  ENTITY_PROJECTION,
  fieldsOf,
  listOf,
  text,
  textOrNull,
  toEntity,
} from './neo4j-records';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * Nodes per value of a property, each value's count from the property's
 * index over the vocabulary's values (the parameter named `values`),
 * reading index entries rather than nodes; values without nodes are left
 * out, as a grouping leaves them. Index: entity_kind (016_kept_counts).
 */
function indexCounted(label: string, property: string, values: string, as: string): string {
  return `CALL () {
  UNWIND $${values} AS key
  CALL (key) { MATCH (x:${label}) WHERE x.${property} = key RETURN count(x) AS count }
  WITH key, count WHERE count > 0 ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS ${as}
}`;
}

/**
 * The whole graph's stats. The totals come from Neo4j's count store; claims
 * by predicate and modality, and articles by publisher, from the counts
 * kept per kind (neo4j-kind-counts.ts: a few hundred nodes, summed over
 * every kind, where the claims' property indexes held an entry per claim,
 * 2,000,021 database hits of the 2,492,852 at a million claims, and the
 * articles' grouping read each article, 400,001); entities by kind from
 * their property index; the most connected entities from the degrees kept
 * on them (neo4j-entity-degrees.ts). The counts per day would do for claims
 * too, but they are about one node per claim on a news-like graph.
 */
const STATS = `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r:${ALL_RELATIONS}]->() RETURN count(r) AS relations }
${indexCounted('Entity', 'kind', 'kinds', 'entitiesByKind')}
${summedCounts(CLAIM_KIND_COUNT, 'predicate', 'claimsByPredicate')}
${summedCounts(CLAIM_KIND_COUNT, 'modality', 'claimsByModality')}
${summedCounts(ARTICLE_KIND_COUNT, 'publisher', 'articlesByPublisher')}
CALL () {
  ${MOST_CONNECTED}
  RETURN collect({entity: ${ENTITY_PROJECTION}, degree: e.degree}) AS mostConnected
}
RETURN articles, entities, claims, relations, entitiesByKind, claimsByPredicate, claimsByModality,
  articlesByPublisher, mostConnected`;

function counts<K extends string>(value: unknown): { key: K; count: number }[] {
  return listOf(value, (item) => {
    const fields = fieldsOf(item, 'count');
    return { key: text(fields, 'key') as K, count: countOf(fields, 'count') };
  });
}

export async function stats(tx: Runner, mostConnected: number): Promise<GraphStats> {
  const [row] = await run(tx, {
    text: STATS,
    params: { mostConnected: integer(Math.max(0, mostConnected)), kinds: ENTITY_KINDS },
  });
  return toGraphStats(row);
}

/** The statistics a stats statement returns (whole graph or filtered) as the port's shape. */
export function toGraphStats(row: Fields | undefined): GraphStats {
  const f = row ?? {};
  return {
    articles: countOf(f, 'articles'),
    entities: countOf(f, 'entities'),
    claims: countOf(f, 'claims'),
    relations: countOf(f, 'relations'),
    entitiesByKind: counts(f['entitiesByKind']),
    claimsByPredicate: counts(f['claimsByPredicate']),
    claimsByModality: counts(f['claimsByModality']),
    // Cypher sorts nulls last in ascending order, as the SQLite store's `key IS NULL` does.
    articlesByPublisher: listOf(f['articlesByPublisher'], (item) => {
      const fields = fieldsOf(item, 'count');
      return { key: textOrNull(fields, 'key'), count: countOf(fields, 'count') };
    }),
    mostConnected: listOf(f['mostConnected'], (item) => {
      const fields = fieldsOf(item, 'connected entity');
      return { entity: toEntity(fields['entity']), degree: countOf(fields, 'degree') };
    }),
  };
}
