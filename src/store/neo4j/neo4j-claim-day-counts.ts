import neo4j from 'neo4j-driver';
import { createCounts } from './neo4j-count-nodes';
import type { CountChange, SelectedCounts } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Fields } from './neo4j-cypher';
import { countOf, textOrNull } from './neo4j-records';
import { DAY, SPLIT } from './neo4j-timeline';
import type { Neo4jTransactions } from './neo4j-transactions';

/**
 * Claims not judged WRONG, counted per day on each timeline axis and per
 * each timeline split, on (:ClaimDayCount) nodes (migration 016), as the
 * SQLite store's claim_day_counts (its migration 015): a timeline over every
 * claim groups these nodes instead of every claim and its article. Every
 * write that adds, removes, relabels or moves claims, or changes their
 * article's days or publisher, counts the claims it touches before and
 * after its work, in its transaction (`CLAIM_DAY_COUNTS`); a count that
 * falls to 0 is deleted.
 */
export const DAY_COUNT_COLUMNS = [
  'eventDay',
  'publishedDay',
  'ingestedDay',
  'modality',
  'predicate',
  'publisher',
  'speaker',
] as const;

const DAY_COUNT = 'ClaimDayCount';

/** The selected claims grouped as the counts are, from the timeline's own day and split expressions. */
function grouped(selected: string): string {
  return `${selected}
MATCH (c)-[:STATED_IN]->(a:Article)
RETURN ${DAY.EVENT} AS eventDay, ${DAY.PUBLISHED} AS publishedDay, ${DAY.INGESTED} AS ingestedDay,
  ${SPLIT.MODALITY} AS modality, ${SPLIT.PREDICATE} AS predicate, ${SPLIT.PUBLISHER} AS publisher,
  ${SPLIT.SPEAKER} AS speaker, count(*) AS n`;
}

/** A count's key: its columns as a JSON array, nulls included, as SQLite's claim_day_counts keys them. */
function dayCountOf(row: Fields): CountChange {
  const values = DAY_COUNT_COLUMNS.map((column) => textOrNull(row, column));
  return {
    key: JSON.stringify(values),
    fields: Object.fromEntries(DAY_COUNT_COLUMNS.map((column, i) => [column, values[i]!])),
    n: countOf(row, 'n'),
  };
}

/**
 * The counts per day a write of claims or of their articles keeps
 * (`keepingSelectedCounts`): the selected claims are counted before and
 * after it, once the claims' article or entities are locked, so that
 * nothing else changes them in between; the counts are locked last, when
 * the work is done.
 */
export const CLAIM_DAY_COUNTS: SelectedCounts = {
  label: DAY_COUNT,
  grouping: grouped,
  changeOf: dayCountOf,
};

/**
 * Counts every claim again when the counts disagree with the number of
 * claims Neo4j's count store gives: a graph written before the counts were
 * kept. The counts are deleted, then created as createDayCounts creates a
 * bulk load's, never all held at once. After the evidence backfill has
 * given every article its ingestion time. On an up-to-date graph it reads
 * the counts' sum.
 */
export async function fillDayCounts(transactions: Neo4jTransactions): Promise<void> {
  const [row] = await transactions.autoCommit(neo4j.session.READ, (session) =>
    run(session, {
      text: `CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (d:ClaimDayCount) RETURN coalesce(sum(d.n), 0) AS counted }
RETURN claims, counted`,
      params: {},
    }),
  );
  if (countOf(row, 'claims') === countOf(row, 'counted')) return;
  await transactions.autoCommit(neo4j.session.WRITE, (session) =>
    run(session, {
      text: `MATCH (d:ClaimDayCount) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    }),
  );
  await createDayCounts(transactions);
}

/**
 * Creates the counts of every claim where none exists (a bulk load's end,
 * neo4j-bulk-load.ts, or fillDayCounts once it deleted them all), read in
 * one session as a stream and written FILL_BATCH at a time, each batch in
 * an auto-commit transaction of its own: a news-like graph has nearly one
 * count per claim, too many to hold at once at a million claims.
 */
export async function createDayCounts(transactions: Neo4jTransactions): Promise<void> {
  const flush = (counts: CountChange[]) =>
    transactions.autoCommit(neo4j.session.WRITE, (tx) => createCounts(tx, DAY_COUNT, counts));
  await transactions.autoCommit(neo4j.session.READ, async (read) => {
    let counts: CountChange[] = [];
    for await (const record of read.run(grouped('MATCH (c:Claim)'))) {
      counts.push(dayCountOf(record.toObject()));
      if (counts.length === FILL_BATCH) {
        await flush(counts);
        counts = [];
      }
    }
    await flush(counts);
  });
}
