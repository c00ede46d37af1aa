import type { Predicate } from '../../domain/predicates';
import type { Relation } from '../../domain/relation';
import type { Direction, Page, PageRequest, RelationFilter } from '../graph-store';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { countOf, RELATION_PROJECTION, toRelation } from './neo4j-records';
import { column, inOrderOf, pageOf, pagesByGroup } from './neo4j-paging';
import { topRelations } from './neo4j-top-relations';
import { ALL_RELATIONS, relationTypes } from './neo4j-vocabulary';

/**
 * Relations are relationships whose type is their predicate, from the
 * subject entity to the object entity or to a :Value node. Their ids are
 * unique per type, and the planner answers `r.id IN $ids` over several
 * types with one index seek per type.
 */

const RELATION_ORDER = 'r.claimCount DESC, r.id';

const present = (value: string | undefined): boolean => value !== undefined && value !== null;

/** Both supporting and denying claims; `denying` has a range index per relationship type. */
const CONTESTED = 'r.denying > 0 AND r.supporting > 0';

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

/** Relations at each end of an entity; a relation from an entity to itself counts once. */
const ENDS: Readonly<Record<Direction, (types: string) => string>> = {
  OUT: (types) => `MATCH (:Entity {id: g.key})-[r:${types}]->()`,
  IN: (types) => `MATCH ()-[r:${types}]->(:Entity {id: g.key})`,
  BOTH: (types) => `MATCH (:Entity {id: g.key})-[r:${types}]-() WITH DISTINCT r`,
};

export async function relationsOfEntities(
  tx: Runner,
  entityIds: readonly string[],
  options: { readonly direction: Direction; readonly predicates?: readonly Predicate[] },
  page: PageRequest,
): Promise<Page<Relation>[]> {
  return pagesByGroup(
    tx,
    entityIds.map((key) => ({ key })),
    page,
    {
      match: ENDS[options.direction](relationTypes(options.predicates)),
      carry: 'r',
      order: RELATION_ORDER,
      projection: RELATION_PROJECTION,
    },
    toRelation,
  );
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
