import type { Predicate } from '../../domain/predicates';
import type { Relation } from '../../domain/relation';
import type { Page, PageRequest } from '../graph-store';
import { integer, pageParams, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { countOf, listOf, RELATION_PROJECTION, toRelation } from './neo4j-records';
import { relationTypes } from './neo4j-vocabulary';

/**
 * The first relations of one type, most claims first, ties by id: read in
 * the order of the type's `claimRank` index (migration 016), stopping at
 * the page's end, whatever the number of relations.
 */
function firstOfType(type: string): string {
  return `MATCH ()-[r:${type}]->() WHERE r.claimRank IS NOT NULL
  WITH r ORDER BY r.claimRank LIMIT $end
  RETURN r`;
}

/**
 * A page of the relations of some types (every type by default) with no
 * other filter, most claims first, ties by id: the page's relations of each
 * type, merged and cut, so it costs the page times the number of types. The
 * total comes from Neo4j's count store. Types come from relationTypes, the
 * vocabulary's guard.
 */
export async function topRelations(
  tx: Runner,
  predicates: readonly Predicate[] | undefined,
  page: PageRequest,
): Promise<Page<Relation>> {
  const types = relationTypes(predicates);
  const { first, offset } = pageParams(page);
  const [row] = await run(tx, {
    text: `CALL () { MATCH ()-[r:${types}]->() RETURN count(r) AS total }
CALL () {
  CALL () {
    ${types.split('|').map(firstOfType).join('\n    UNION ALL\n    ')}
  }
  WITH r ORDER BY r.claimRank SKIP $offset LIMIT $first
  RETURN collect(${RELATION_PROJECTION}) AS items
}
RETURN total, items`,
    params: { first, offset, end: integer(first.toNumber() + offset.toNumber()) },
  });
  return { totalCount: countOf(row, 'total'), items: listOf(row?.['items'], toRelation) };
}
