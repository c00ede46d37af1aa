import neo4j from 'neo4j-driver';
import { createCounts } from './neo4j-count-nodes';
import type { CountChange, SelectedCounts } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Fields } from './neo4j-cypher';
import { countOf, text } from './neo4j-records';
import { CLAIM_PERIOD_COUNTS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';
import type { Neo4jTransactions } from './neo4j-transactions';

/**
 * The claims not judged WRONG per start of their period (`periodStart`,
 * neo4j-claim-periods.ts), one :ClaimPeriodCount per start (its key;
 * migration 028): a period alone is the claims starting within it, summed
 * from these (a few hundred nodes for a year), and those starting before it
 * and lasting into it, sought in claim_long_period; the starts are also what
 * a page of the period is read by (neo4j-claims-in-period.ts). Counting the
 * claims themselves read each one's index entry (508,289 database hits at a
 * million claims from a day onward). Kept with the other counts of claims
 * by every write that changes claims (neo4j-kind-counts.ts
 * `keepingClaimCounts`), created by a bulk load's end and counted once on
 * the start of a graph written before.
 */
export const CLAIM_PERIOD_COUNT = 'ClaimPeriodCount';

/** The claims `c` counted per start of their period. */
function claimsByStart(selectedClaims: string): string {
  return `${selectedClaims}
WITH c WHERE c.periodStart IS NOT NULL
RETURN c.periodStart AS start, count(*) AS n`;
}

function periodCountOf(row: Fields): CountChange {
  return { key: text(row, 'start'), fields: {}, n: countOf(row, 'n') };
}

/** The counts per start a write of claims keeps (`keepingSelectedCounts`). */
export const CLAIM_PERIOD_COUNTS: SelectedCounts = {
  label: CLAIM_PERIOD_COUNT,
  grouping: claimsByStart,
  changeOf: periodCountOf,
};

/**
 * Creates the count of every start where none exists (a bulk load's end, or
 * the first start of a graph written before them, its counts deleted first):
 * a start per day of the graph's claims, few enough to hold.
 */
export async function createClaimPeriodCounts(transactions: Neo4jTransactions): Promise<void> {
  const rows = await transactions.autoCommit(neo4j.session.READ, (read) =>
    run(read, { text: claimsByStart('MATCH (c:Claim)'), params: {} }),
  );
  await transactions.autoCommit(neo4j.session.WRITE, (tx) =>
    createCounts(tx, CLAIM_PERIOD_COUNT, rows.map(periodCountOf)),
  );
}

/**
 * Counts the claims per start once on a graph written before the counts
 * were kept (`upgradeOnce`; the neo4j-admin CSV holds them, export/neo4j-csv.ts).
 */
export async function fillClaimPeriodCounts(transactions: Neo4jTransactions): Promise<void> {
  await transactions.autoCommit(neo4j.session.WRITE, (session) =>
    upgradeOnce(session, CLAIM_PERIOD_COUNTS_UPGRADE, async () => {
      await run(session, {
        text: `MATCH (d:${CLAIM_PERIOD_COUNT}) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
        params: {},
      });
      await createClaimPeriodCounts(transactions);
    }),
  );
}
