import neo4j from 'neo4j-driver';
import { createCounts } from './neo4j-count-nodes';
import type { CountChange, SelectedCounts } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Fields } from './neo4j-cypher';
import { countOf, text } from './neo4j-records';
import { DAY } from './neo4j-timeline';
import type { Neo4jTransactions } from './neo4j-transactions';

/**
 * The claims not judged WRONG per day their article was stored (its
 * `ingestedAt`'s day), one :ClaimIngestedDayCount per day (its key;
 * migration 030): the total of the claims of the articles stored after a
 * time is the days after its day summed from these (one node a day, 1,790
 * on the scale bench's graph) and that day's own articles stored after it,
 * counted; the days are also what a page is read by
 * (neo4j-claim-lists.ts `ingestedAfterInOrder`). Summing the degrees of
 * every article stored after the time read each one (half the days at a
 * million claims: 100,000 articles). Kept with the other counts of claims
 * by every write that changes claims or stores an article again
 * (neo4j-kind-counts.ts `keepingClaimCounts`), created by a bulk load's
 * end and counted on the start of a graph whose counts disagree with its
 * claims (written before, or loaded from neo4j-admin CSV without them).
 */
export const CLAIM_INGESTED_DAY_COUNT = 'ClaimIngestedDayCount';

/** The claims `c` counted per day their article was stored. */
function claimsByIngestedDay(selectedClaims: string): string {
  return `${selectedClaims}
MATCH (c)-[:STATED_IN]->(a:Article) WHERE a.ingestedAt IS NOT NULL
RETURN ${DAY.INGESTED} AS day, count(*) AS n`;
}

function ingestedDayCountOf(row: Fields): CountChange {
  return { key: text(row, 'day'), fields: {}, n: countOf(row, 'n') };
}

/** The counts per day of storage a write of claims or articles keeps (`keepingSelectedCounts`). */
export const CLAIM_INGESTED_DAY_COUNTS: SelectedCounts = {
  label: CLAIM_INGESTED_DAY_COUNT,
  grouping: claimsByIngestedDay,
  changeOf: ingestedDayCountOf,
};

/**
 * Creates the count of every day where none exists (a bulk load's end, or a
 * start that deleted them): a day per day of storage, few enough to hold.
 */
export async function createClaimIngestedDayCounts(transactions: Neo4jTransactions): Promise<void> {
  const rows = await transactions.autoCommit(neo4j.session.READ, (read) =>
    run(read, { text: claimsByIngestedDay('MATCH (c:Claim)'), params: {} }),
  );
  await transactions.autoCommit(neo4j.session.WRITE, (tx) =>
    createCounts(tx, CLAIM_INGESTED_DAY_COUNT, rows.map(ingestedDayCountOf)),
  );
}

/**
 * Counts the claims per day of storage again, and gives each article its
 * `ingestedDay`, when the counts' sum disagrees with the claims Neo4j's
 * count store gives: a graph written before them, or loaded by neo4j-admin
 * from files without them. After the evidence backfill has given every
 * article its ingestion time. On an up-to-date graph it reads the counts'
 * sum (a node a day).
 */
export async function fillClaimIngestedDayCounts(transactions: Neo4jTransactions): Promise<void> {
  const [row] = await transactions.autoCommit(neo4j.session.READ, (session) =>
    run(session, {
      text: `CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (d:${CLAIM_INGESTED_DAY_COUNT}) RETURN coalesce(sum(d.n), 0) AS counted }
RETURN claims, counted`,
      params: {},
    }),
  );
  if (countOf(row, 'claims') === countOf(row, 'counted')) return;
  await transactions.autoCommit(neo4j.session.WRITE, async (session) => {
    await run(session, {
      text: `MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL
CALL (a) { SET a.ingestedDay = ${DAY.INGESTED} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
    await run(session, {
      text: `MATCH (d:${CLAIM_INGESTED_DAY_COUNT}) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  });
  await createClaimIngestedDayCounts(transactions);
}
