import { FILL_BATCH, run } from './neo4j-cypher';
import { rankOf } from './neo4j-ranks';
import type { Runner } from './neo4j-cypher';
import { DEGREES_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';
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
 * Sets `e`'s degree and, when it has relations, its rank among the most
 * connected (neo4j-ranks.ts); an entity without relations has no rank, so
 * the `entity_degree_rank` index (migration 016) holds connected entities only.
 */
const SET_DEGREE = `WITH e, ${DEGREE} AS degree
SET e.degree = degree, e.degreeRank = CASE WHEN degree > 0 THEN ${rankOf('degree', 'e.id')} END`;

/**
 * Sets the degree of the entities at either end of relations just rebuilt
 * (neo4j-relation-write.ts), in the rebuild's transaction: the most
 * connected entities are then read in index order, reading no relation.
 */
export async function keepDegrees(tx: Runner, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await run(tx, {
    text: `UNWIND $ids AS id MATCH (e:Entity {id: id}) ${SET_DEGREE}`,
    params: { ids: [...new Set(entityIds)] },
  });
}

/**
 * Sets the degree of every entity at the end of a relation, in auto-commit
 * transactions of FILL_BATCH: the end of a bulk load (neo4j-bulk-load.ts),
 * which builds every relation first. Other entities keep theirs (none, or
 * the 0 of one whose relations were all deleted), as keepDegrees leaves them.
 */
export async function setConnectedDegrees(session: Runner): Promise<void> {
  await run(session, {
    text: `MATCH (e:Entity) WHERE EXISTS { (e)-[:${ALL_RELATIONS}]-() }
CALL (e) { ${SET_DEGREE} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
    params: {},
  });
}

/**
 * Gives a degree to the entities stored before degrees were kept, in
 * auto-commit transactions of FILL_BATCH. Once (`upgradeOnce`): every
 * rebuild of relations gives their ends their degree (keepDegrees), and the
 * neo4j-admin CSV writes it (export/neo4j-csv.ts), so a start reads one node,
 * not every entity. An entity written since without a relation keeps no
 * degree, as a CSV row of degree 0 does: only ranked entities' degrees are
 * read (MOST_CONNECTED), and `degrees()` counts relationships.
 */
export async function fillDegrees(session: Runner): Promise<void> {
  await upgradeOnce(session, DEGREES_UPGRADE, async () => {
    await run(session, {
      text: `MATCH (e:Entity) WHERE e.degree IS NULL
CALL (e) { ${SET_DEGREE} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  });
}

/**
 * The `mostConnected` most connected entities, most first, ties by id: read
 * in the order of the `entity_degree_rank` index, stopping at the last one.
 */
export const MOST_CONNECTED = `MATCH (e:Entity) WHERE e.degreeRank IS NOT NULL
  WITH e ORDER BY e.degreeRank LIMIT $mostConnected`;
