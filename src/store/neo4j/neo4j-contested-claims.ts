import neo4j from 'neo4j-driver';
import { applyCountChanges, changesBetween, createCounts } from './neo4j-count-nodes';
import type { CountChange } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { countOf, text } from './neo4j-records';
import {
  CONTESTED_CLAIMS_UPGRADE,
  CONTESTED_PREDICATE_CLAIM_COUNTS_UPGRADE,
  upgradeOnce,
} from './neo4j-store-upgrades';
import type { Neo4jTransactions } from './neo4j-transactions';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * Whether a claim's relation is contested (both supporting and denying
 * claims), kept on the claim (`contested`, judged WRONG or not; migration
 * 027), and the claims not judged WRONG of contested relations, counted on
 * one :ContestedClaimCount: a page of the claims of contested relations or
 * of the others is read from claim_contested_order in the order of every
 * claim list, its total from that count, where finding the contested
 * relations read every relation a claim denies. A relation is contested or
 * not only through a rebuild from its claims (neo4j-relation-write.ts), which
 * every write that adds, removes, relabels or moves claims does in its
 * transaction (an ingest, an article written again, a verdict, a retraction,
 * a merge, an unmerge, a bulk load's end): the rebuild sets the flag on its
 * relations' claims and moves the count by the claims of the contested
 * relationships it deletes and creates.
 */
export const CONTESTED_CLAIM_COUNT = 'ContestedClaimCount';

/**
 * The same claims per predicate (migration 032), one node each, its key the
 * predicate: the total of the claims of contested relations of some
 * predicates (or of the others, from the predicates' counts per kind).
 */
export const CONTESTED_PREDICATE_CLAIM_COUNT = 'ContestedPredicateClaimCount';

/** The one count's key. */
export const CONTESTED_CLAIM_COUNT_KEY = 'contested';
const KEY = CONTESTED_CLAIM_COUNT_KEY;

/** Whether the relationship `r` is contested: a condition the relations' `denying` index seeks (migration 015). */
export function contestedRelation(r: string): string {
  return `${r}.denying > 0 AND ${r}.supporting > 0`;
}

/** A rebuilt relation: whether it is contested now (false when it is gone) and its claims not judged WRONG. */
export interface RelationStance {
  readonly id: string;
  readonly contested: boolean;
  readonly claims: number;
}

/** The claims of contested relations, in all (`KEY`) and per predicate, as changes of their counts. */
function contestedCounts(claimsByPredicate: ReadonlyMap<string, number>): CountChange[] {
  let all = 0;
  const counts: CountChange[] = [];
  for (const [predicate, n] of claimsByPredicate) {
    all += n;
    counts.push({ key: predicate, fields: {}, n });
  }
  return [{ key: KEY, fields: {}, n: all }, ...counts];
}

/**
 * Sets `contested` on the relations' claims whose flag differs (judged
 * WRONG or not: those of a relation left without a claim not judged WRONG
 * are not contested), and moves the counts, in all and per predicate, from
 * `contestedBefore` (the claims of the contested relationships the rebuild
 * deleted, per predicate) to the claims of the contested ones it creates.
 * Called once the relations' other counts are moved, so that writers lock
 * the count nodes in one order.
 */
export async function keepContestedClaims(
  tx: Runner,
  relations: readonly (RelationStance & { readonly predicate: string })[],
  contestedBefore: ReadonlyMap<string, number>,
): Promise<void> {
  if (relations.length === 0) return;
  const rows = relations.map(({ id, contested }) => ({ id, contested }));
  for (const label of ['Claim', 'RejectedClaim'])
    await run(tx, {
      text: `UNWIND $rows AS row
MATCH (c:${label}) WHERE c.relationId = row.id AND c.publishedOrder IS NOT NULL
  AND NOT coalesce(c.contested = row.contested, false)
SET c.contested = row.contested`,
      params: { rows },
    });
  const after = new Map<string, number>();
  for (const r of relations)
    if (r.contested) after.set(r.predicate, (after.get(r.predicate) ?? 0) + r.claims);
  const changes = changesBetween(contestedCounts(contestedBefore), contestedCounts(after));
  const whole = (change: CountChange) => change.key === KEY;
  await applyCountChanges(tx, CONTESTED_CLAIM_COUNT, changes.filter(whole));
  await applyCountChanges(
    tx,
    CONTESTED_PREDICATE_CLAIM_COUNT,
    changes.filter((change) => !whole(change)),
  );
}

/** The claims not judged WRONG of contested relations, from their count (none kept: none). */
export const CONTESTED_CLAIMS = `OPTIONAL MATCH (k:${CONTESTED_CLAIM_COUNT} {key: '${KEY}'})
  WITH coalesce(k.n, 0) AS contestedClaims`;

/**
 * Flags every claim of a graph written before the flag was kept, and
 * counts the contested claims, once (`upgradeOnce`): every claim not
 * contested, then those of the contested relations (sought in their
 * `denying` index) contested, FILL_BATCH per transaction, then the count
 * created from the contested relations' `claimCount`; then, once too, the
 * counts per predicate from the same relations.
 */
export async function fillContestedClaims(transactions: Neo4jTransactions): Promise<void> {
  await transactions.autoCommit(neo4j.session.WRITE, (session) =>
    upgradeOnce(session, CONTESTED_CLAIMS_UPGRADE, async () => {
      const inBatches = (match: string, action: string) =>
        run(session, {
          text: `${match} CALL (c) { ${action} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
          params: {},
        });
      await inBatches('MATCH (c:Claim|RejectedClaim)', 'SET c.contested = false');
      await inBatches(
        `MATCH ()-[r:${ALL_RELATIONS}]->() WHERE ${contestedRelation('r')}
MATCH (c:Claim|RejectedClaim) WHERE c.relationId = r.id`,
        'SET c.contested = true',
      );
      await inBatches(`MATCH (c:${CONTESTED_CLAIM_COUNT})`, 'DELETE c');
      const [row] = await run(session, {
        text: `MATCH ()-[r:${ALL_RELATIONS}]->() WHERE ${contestedRelation('r')}
RETURN coalesce(sum(r.claimCount), 0) AS n`,
        params: {},
      });
      const n = countOf(row, 'n');
      if (n > 0) await createCounts(session, CONTESTED_CLAIM_COUNT, [{ key: KEY, fields: {}, n }]);
    }),
  );
  // Per predicate, on a graph flagged before those were counted (migration 032).
  await transactions.autoCommit(neo4j.session.WRITE, (session) =>
    upgradeOnce(session, CONTESTED_PREDICATE_CLAIM_COUNTS_UPGRADE, async () => {
      await run(session, {
        text: `MATCH (d:${CONTESTED_PREDICATE_CLAIM_COUNT}) DELETE d`,
        params: {},
      });
      const rows = await run(session, {
        text: `MATCH ()-[r:${ALL_RELATIONS}]->() WHERE ${contestedRelation('r')}
WITH type(r) AS predicate, sum(r.claimCount) AS n WHERE n > 0
RETURN predicate, n`,
        params: {},
      });
      await createCounts(
        session,
        CONTESTED_PREDICATE_CLAIM_COUNT,
        rows.map((row) => ({ key: text(row, 'predicate'), fields: {}, n: countOf(row, 'n') })),
      );
    }),
  );
}
