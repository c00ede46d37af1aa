import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * The place of a relationship `r` in the list of every relation, most
 * claims first, ties by id, as one string that sorts in that order: 10^10 - 1
 * less its claims (ten digits while it has fewer than 9 * 10^9), then its id.
 * Its range index per relationship type (migration 016) gives the first
 * relations of a type in order, where an index on `claimCount` leaves every
 * tie to read and sort (neo4j-top-relations.ts). Set by Cypher wherever it
 * is set, so that there is one definition.
 */
export function claimRankOf(r: string): string {
  return `toString(9999999999 - ${r}.claimCount) + ' ' + ${r}.id`;
}

/**
 * Gives a claim rank to the relations written before ranks were kept, in
 * transactions of FILL_BATCH (`CALL { ... } IN TRANSACTIONS`, auto-commit
 * only); on a graph where every relation has one it is one scan of the
 * relations.
 */
export async function fillClaimRanks(session: Runner): Promise<void> {
  await run(session, {
    text: `MATCH ()-[r:${ALL_RELATIONS}]->() WHERE r.claimRank IS NULL
CALL (r) { SET r.claimRank = ${claimRankOf('r')} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
    params: {},
  });
}
