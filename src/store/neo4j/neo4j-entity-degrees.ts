import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * An entity's degree as stats ranks it: every relation counts for its
 * subject and, when the object is another entity, for its object. An
 * undirected pattern matches a relation from an entity to itself once, and
 * a bound node's count per type comes from Neo4j's degree store, so this
 * costs the number of relation types, not the entity's relations.
 */
const DEGREE = `COUNT { (e)-[:${ALL_RELATIONS}]-() }`;

/**
 * Sets `degree` on the entities at either end of relations just rebuilt
 * (neo4j-relation-write.ts), in the rebuild's transaction: the
 * `entity_degree` index (migration 016) then gives the most connected
 * entities in order without reading any relation.
 */
export async function keepDegrees(tx: Runner, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await run(tx, {
    text: `UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e.degree = ${DEGREE}`,
    params: { ids: [...new Set(entityIds)] },
  });
}

/**
 * Gives a degree to the entities stored before degrees were kept, and to
 * those written since without a relation, in auto-commit transactions of
 * FILL_BATCH; on a graph where every entity has one it is one scan of the entities.
 */
export async function fillDegrees(session: Runner): Promise<void> {
  await run(session, {
    text: `MATCH (e:Entity) WHERE e.degree IS NULL
CALL (e) { SET e.degree = ${DEGREE} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
    params: {},
  });
}

/**
 * The `mostConnected` most connected entities, most first, ties by id: an
 * index-ordered read of `entity_degree` that stops after the last tie.
 */
export const MOST_CONNECTED = `MATCH (e:Entity) WHERE e.degree > 0
  WITH e ORDER BY e.degree DESC, e.id LIMIT $mostConnected`;
