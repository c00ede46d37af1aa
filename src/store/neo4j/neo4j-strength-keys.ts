import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { STRENGTH_KEYS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * Neo4j keeps a node's relationships in no order, so ranking an entity's
 * relations reads every one of them (about 34,000 for the scale bench's hub
 * at 1M claims). A relation between two entities therefore also keeps, for
 * each end, that end's id, a space and its strength rank (neo4j-ranks.ts):
 * a range index per predicate and end (migration 024) then gives one
 * entity's relations of that predicate strongest first, by prefix, and a
 * read stops at its LIMIT. Entity ids hold no space (domain/ids.ts
 * `entityId`), so the prefix names one entity; a read still checks the end,
 * so that an id written otherwise can cost time but never change an answer.
 * A relation to a :Value has no keys: no walk crosses it.
 */

/** Sets both keys of relationship `r`, whose strength rank is already set. */
export function setStrengthKeys(r: string): string {
  const key = (end: string) =>
    `CASE WHEN endNode(${r}):Entity THEN ${end}(${r}).id + ' ' + ${r}.strengthRank END`;
  return `SET ${r}.startStrengthKey = ${key('startNode')}, ${r}.endStrengthKey = ${key('endNode')}`;
}

/** One end's key computed outside Neo4j, for the CSV export (export/neo4j-csv.ts). */
export function strengthKeyString(entityId: string, strengthRank: string): string {
  return `${entityId} ${strengthRank}`;
}

/**
 * Gives keys to the relations between entities written before they were
 * kept, in transactions of FILL_BATCH, after fillRelationRanks (a relation
 * without a strength rank is rebuilt by backfillEvidence, keys included).
 * Once (`upgradeOnce`): the one writer of relations sets them
 * (neo4j-relation-write.ts `create`) and the neo4j-admin CSV writes them.
 */
export async function fillStrengthKeys(session: Runner): Promise<void> {
  await upgradeOnce(session, STRENGTH_KEYS_UPGRADE, async () => {
    await run(session, {
      text: `MATCH (:Entity)-[r:${ALL_RELATIONS}]->(:Entity)
WHERE r.strengthRank IS NOT NULL AND (r.startStrengthKey IS NULL OR r.endStrengthKey IS NULL)
CALL (r) {
  ${setStrengthKeys('r')}
} IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  });
}
