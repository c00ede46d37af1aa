import type { Predicate } from '../../domain/predicates';
import type { Relation } from '../../domain/relation';
import type { Direction, Page, PageRequest, RelationFilter } from '../graph-store';
import { integer, pageParams, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { countOf, listOf, RELATION_PROJECTION, toRelation } from './neo4j-records';
import { column, inOrderOf, pageOf } from './neo4j-paging';
import { topRelations } from './neo4j-top-relations';
import { ALL_RELATIONS, relationTypes } from './neo4j-vocabulary';
import { contestedRelation } from './neo4j-contested-claims';

/**
 * Relations are relationships whose type is their predicate, from the
 * subject entity to the object entity or to a :Value node. Their ids are
 * unique per type, and the planner answers `r.id IN $ids` over several
 * types with one index seek per type.
 */

const RELATION_ORDER = 'r.claimCount DESC, r.id';

const present = (value: string | undefined): boolean => value !== undefined && value !== null;

/** Both supporting and denying claims; `denying` has a range index per relationship type. */
const CONTESTED = contestedRelation('r');

export async function getRelations(
  tx: Runner,
  ids: readonly string[],
): Promise<(Relation | null)[]> {
  const rows = await run(tx, {
    text: `MATCH ()-[r:${ALL_RELATIONS}]->() WHERE r.id IN $ids RETURN ${RELATION_PROJECTION} AS relation`,
    params: { ids },
  });
  return inOrderOf(ids, column(rows, 'relation', toRelation));
}

export function relations(
  tx: Runner,
  filter: RelationFilter,
  page: PageRequest,
): Promise<Page<Relation>> {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (field: keyof RelationFilter, condition: string): void => {
    const value = filter[field];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
      return;
    }
    conditions.push(condition);
    params[field] = value;
  };
  add('subjectId', 's.id = $subjectId');
  // A :Value node has no id, so these never match a value relation's end.
  add('objectId', 'o.id = $objectId');
  add('entityId', '(s.id = $entityId OR o.id = $entityId)');
  add('modalities', 'r.modality IN $modalities');
  // Relations holding claims of some modalities start from those claims
  // (claim_modality), not from every relation; a claim judged WRONG is a
  // :RejectedClaim, no longer a :Claim.
  add('claimModalities', 'r.id = relationId');
  const fromClaims =
    params['claimModalities'] === undefined
      ? ''
      : `MATCH (c:Claim) WHERE c.modality IN $claimModalities
WITH DISTINCT c.relationId AS relationId
`;
  if (filter.contested !== undefined)
    conditions.push(filter.contested ? CONTESTED : `NOT (${CONTESTED})`);
  if (conditions.length === 0) return topRelations(tx, filter.predicates, page);
  const where = ` WHERE ${conditions.join(' AND ')}`;
  // Every relation starts at an entity, so the label changes no answer; it
  // is there for the plans that start from an entity's id. Without one,
  // the planner finds the contested ones by the seeks of the denying
  // indexes (migration 015), those of some modalities by the seeks of the
  // modality indexes (migration 017), and reads the others by type.
  const byEntity = [filter.subjectId, filter.objectId, filter.entityId].some(present);
  const subject = byEntity ? 's:Entity' : 's';
  return pageOf(
    tx,
    page,
    {
      match: `${fromClaims}MATCH (${subject})-[r:${relationTypes(filter.predicates)}]->(o)${where}`,
      carry: 'r',
      order: RELATION_ORDER,
      projection: RELATION_PROJECTION,
    },
    toRelation,
    params,
  );
}

/** An entity's relations at each end; a relation from an entity to itself is read once. */
const ENDS: Readonly<Record<Direction, (types: string) => string>> = {
  OUT: (types) => `MATCH (e)-[r:${types}]->()`,
  IN: (types) => `MATCH ()-[r:${types}]->(e)`,
  BOTH: (types) => `MATCH (e)-[r:${types}]-() WITH DISTINCT r`,
};

/**
 * How many relations an entity has at each end, from the counts Neo4j
 * keeps per node and type, without reading them; a relation from the
 * entity to itself counts once.
 */
const TOTALS: Readonly<Record<Direction, (types: string) => string>> = {
  OUT: (types) => `COUNT { (e)-[:${types}]->() }`,
  IN: (types) => `COUNT { ()-[:${types}]->(e) }`,
  BOTH: (types) =>
    `COUNT { (e)-[:${types}]->() } + COUNT { ()-[:${types}]->(e) } - COUNT { (e)-[:${types}]->(e) }`,
};

/**
 * Each entity's page of relations, most claims first, with its total. The
 * page is the top of the entity's relations (Top, not every relation
 * collected and sorted: a hub has tens of thousands at a million claims),
 * and the total comes from the node's relationship counts.
 */
export async function relationsOfEntities(
  tx: Runner,
  entityIds: readonly string[],
  options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
  page: PageRequest,
): Promise<Page<Relation>[]> {
  const pages: Page<Relation>[] = entityIds.map(() => ({ items: [], totalCount: 0 }));
  if (entityIds.length === 0) return pages;
  const types = relationTypes(options.predicates);
  const rows = await run(tx, {
    text: `UNWIND $groups AS g
MATCH (e:Entity {id: g.key})
CALL (e) {
  ${ENDS[options.direction](types)}
  WITH r ORDER BY ${RELATION_ORDER} SKIP $offset LIMIT $first
  RETURN collect(${RELATION_PROJECTION}) AS items
}
RETURN g.index AS index, ${TOTALS[options.direction](types)} AS total, items`,
    params: {
      ...pageParams(page),
      groups: entityIds.map((key, index) => ({ index: integer(index), key })),
    },
  });
  for (const row of rows)
    pages[countOf(row, 'index')] = {
      items: listOf(row['items'], toRelation),
      totalCount: countOf(row, 'total'),
    };
  return pages;
}

export async function degrees(tx: Runner, entityIds: readonly string[]): Promise<number[]> {
  const rows = await run(tx, {
    text: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)-[:${ALL_RELATIONS}]-() } AS degree`,
    params: { ids: entityIds },
  });
  const byId = new Map(rows.map((row) => [row['id'], countOf(row, 'degree')]));
  return entityIds.map((id) => byId.get(id) ?? 0);
}
