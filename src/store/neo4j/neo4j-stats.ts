import { ENTITY_KINDS } from '../../domain/entity';
import type { GraphStats } from '../graph-store';
import { integer, run } from './neo4j-cypher';
import { MOST_CONNECTED } from './neo4j-entity-degrees';
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

/** `{key, count}` maps by count then key, from a grouping expression over `x` and what it counts. */
function grouped(label: string, key: string, as: string, count = 'count(*)'): string {
  return `CALL () {
  MATCH (x:${label}) WITH ${key} AS key, ${count} AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS ${as}
}`;
}

/**
 * Entities per kind, each kind's count from the `entity_kind` index
 * (migration 016) over the vocabulary's kinds ($kinds), reading index
 * entries rather than entity nodes; kinds without entities are left out,
 * as a grouping leaves them.
 */
const ENTITIES_BY_KIND = `CALL () {
  UNWIND $kinds AS key
  CALL (key) { MATCH (e:Entity) WHERE e.kind = key RETURN count(e) AS count }
  WITH key, count WHERE count > 0 ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS entitiesByKind
}`;

/**
 * Claims per predicate or modality, summed from the counts kept per day
 * (neo4j-claim-day-counts.ts): a few nodes per day, not every claim.
 */
function dayCounted(property: 'predicate' | 'modality', as: string): string {
  return grouped('ClaimDayCount', `x.${property}`, as, 'sum(x.n)');
}

/**
 * The whole graph's stats. The totals come from Neo4j's count store, claims
 * by predicate and modality from the counts kept per day, the most connected
 * entities from the degrees kept on them (neo4j-entity-degrees.ts), entities
 * by kind from an index; articles by publisher are still grouped from every
 * article.
 */
const STATS = `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r:${ALL_RELATIONS}]->() RETURN count(r) AS relations }
${ENTITIES_BY_KIND}
${dayCounted('predicate', 'claimsByPredicate')}
${dayCounted('modality', 'claimsByModality')}
CALL () {
  MATCH (a:Article) WITH a.publisher AS key, count(*) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS articlesByPublisher
}
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
