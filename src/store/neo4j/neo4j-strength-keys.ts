import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { STRENGTH_KEYS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * Neo4j keeps a node's relationships in no order, so ranking an entity's
 * relations reads every one of them (48,944 for the scale bench's hub at
 * 1M claims). A relation between two entities therefore also keeps, for
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
 * Up to `$limit + 1` entities `n` that frontier entity `u` reaches through
 * relations of `types` (back-quoted names) without entering `reached`, each
 * with the strength rank of the relation (`key`): for each type and end,
 * `u`'s relations strongest first, read from the index in its order and
 * stopped at the limit. A hop keeps the first `$limit + 1` entities by their
 * strongest edge, and these reads hold each of them with that edge: a type
 * and end hold at most one relation per other entity (one relation per
 * subject, predicate and object), so an entity whose strongest edge one of
 * them did not reach is behind `$limit + 1` stronger entities. Each read
 * passes over at most the entities already reached, and `u` itself.
 */
export function strongestOf(types: readonly string[]): string {
  return types
    .flatMap((type) =>
      (['start', 'end'] as const).map((end) => {
        const key = `${end}StrengthKey`;
        const other = end === 'start' ? 'endNode' : 'startNode';
        return `MATCH ()-[r:${type}]->() USING INDEX r:${type}(${key})
    WHERE r.${key} STARTS WITH u.id + ' ' AND ${end}Node(r) = u
    WITH r, ${other}(r) AS n WHERE n <> u AND NOT n IN reached
    WITH r, n ORDER BY r.${key} LIMIT $limit + 1
    RETURN n, r.strengthRank AS key`;
      }),
    )
    .join('\n    UNION ALL\n    ');
}

/**
 * The first `$firstStrongest` relations of each of `types` that entity `s`
 * starts, strongest first, read in its start keys' order: a few of its
 * strongest, from which a neighbourhood learns how weak a relation among its
 * entities can be and still be kept (neo4j-relations-among.ts).
 */
export function strongestLeaving(types: readonly string[]): string {
  return leaving(
    types,
    `STARTS WITH s.id + ' '`,
    'WITH r ORDER BY r.startStrengthKey LIMIT $firstStrongest',
  );
}

/**
 * Every relation of `types` that entity `s` starts whose strength rank is at
 * most `weakest` (at least as strong), read as one range of its start keys:
 * the keys from `s.id + ' '` up to `s.id + ' ' + weakest` are exactly `s`'s
 * ("Entity ids hold no space", above).
 */
export function leavingUpTo(types: readonly string[]): string {
  return leaving(types, `> s.id + ' ' AND r.startStrengthKey <= s.id + ' ' + weakest`, 'WITH r');
}

function leaving(types: readonly string[], range: string, cut: string): string {
  return types
    .map(
      (type) => `MATCH ()-[r:${type}]->() USING INDEX r:${type}(startStrengthKey)
    WHERE r.startStrengthKey ${range} AND startNode(r) = s
    ${cut}
    RETURN r`,
    )
    .join('\n    UNION ALL\n    ');
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
