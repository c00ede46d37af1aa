import { FILL_BATCH, integer, run } from './neo4j-cypher';
import type { Fields, Runner } from './neo4j-cypher';
import { countOf, textOrNull } from './neo4j-records';
import { DAY, SPLIT } from './neo4j-timeline';

/**
 * Claims not judged WRONG, counted per day on each timeline axis and per
 * each timeline split, on (:ClaimDayCount) nodes (migration 016), as the
 * SQLite store's claim_day_counts (its migration 015): a timeline over every
 * claim groups these nodes instead of every claim and its article. Every
 * write that adds, removes, relabels or moves claims, or changes their
 * article's days or publisher, counts the claims it touches before and
 * after its work, in its transaction (`keepingDayCounts`); a count that
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

/** The claims a write touches: those of some articles, or some claims. */
export type ClaimSelection =
  { readonly articleIds: readonly string[] } | { readonly claimIds: readonly string[] };

const SELECTED = {
  articles: 'UNWIND $ids AS id MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)',
  claims: 'UNWIND $ids AS id MATCH (c:Claim {id: id})',
};

/** The selected claims grouped as the counts are, from the timeline's own day and split expressions. */
function grouped(selected: string): string {
  return `${selected}
MATCH (c)-[:STATED_IN]->(a:Article)
RETURN ${DAY.EVENT} AS eventDay, ${DAY.PUBLISHED} AS publishedDay, ${DAY.INGESTED} AS ingestedDay,
  ${SPLIT.MODALITY} AS modality, ${SPLIT.PREDICATE} AS predicate, ${SPLIT.PUBLISHER} AS publisher,
  ${SPLIT.SPEAKER} AS speaker, count(*) AS n`;
}

interface DayCount {
  readonly key: string;
  readonly fields: Readonly<Record<(typeof DAY_COUNT_COLUMNS)[number], string | null>>;
  readonly n: number;
}

/** A count's key: its columns as a JSON array, nulls included, as SQLite's claim_day_counts keys them. */
function dayCountOf(row: Fields): DayCount {
  const values = DAY_COUNT_COLUMNS.map((column) => textOrNull(row, column));
  return {
    key: JSON.stringify(values),
    fields: Object.fromEntries(
      DAY_COUNT_COLUMNS.map((column, i) => [column, values[i]!]),
    ) as DayCount['fields'],
    n: countOf(row, 'n'),
  };
}

async function countsOf(tx: Runner, selection: ClaimSelection): Promise<DayCount[]> {
  const [selected, ids] =
    'articleIds' in selection
      ? [SELECTED.articles, selection.articleIds]
      : [SELECTED.claims, selection.claimIds];
  if (ids.length === 0) return [];
  const rows = await run(tx, { text: grouped(selected), params: { ids: [...new Set(ids)] } });
  return rows.map(dayCountOf);
}

/**
 * Adds each change to its count. Existing counts are locked and changed by
 * MATCH then SET, in key order, so that two writers take the locks they
 * share in one order; MERGE, which copes with two writers creating the same
 * count, is kept for the counts that do not exist yet.
 */
async function applyChanges(tx: Runner, changes: readonly DayCount[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = [...changes]
    .sort((x, y) => (x.key < y.key ? -1 : 1))
    .map((change) => ({ ...change, n: integer(change.n) }));
  const [found] = await run(tx, {
    text: `UNWIND $rows AS row
MATCH (d:ClaimDayCount {key: row.key})
SET d.n = d.n + row.n
WITH d, d.key AS key
CALL (d) { WITH d WHERE d.n = 0 DELETE d }
RETURN collect(key) AS keys`,
    params: { rows },
  });
  const counted = new Set((found?.['keys'] ?? []) as string[]);
  const missing = rows.filter((row) => !counted.has(row.key));
  if (missing.length === 0) return;
  await run(tx, {
    text: `UNWIND $rows AS row
MERGE (d:ClaimDayCount {key: row.key})
  ON CREATE SET d += row.fields, d.n = row.n
  ON MATCH SET d.n = d.n + row.n
WITH d WHERE d.n = 0
DELETE d`,
    params: { rows: missing },
  });
}

/** What the counts gain from `before` to `after`; a combination whose claims did not change is left out. */
function changesBetween(before: readonly DayCount[], after: readonly DayCount[]): DayCount[] {
  const changes = new Map<string, DayCount>();
  for (const [counts, sign] of [
    [before, -1],
    [after, 1],
  ] as const)
    for (const count of counts) {
      const n = (changes.get(count.key)?.n ?? 0) + sign * count.n;
      changes.set(count.key, { ...count, n });
    }
  return [...changes.values()].filter((change) => change.n !== 0);
}

/**
 * Runs `work`, which changes the selected claims or their articles, and
 * moves the counts by what it changed: the selected claims are counted
 * before and after it. Call it once the claims' article or entities are
 * locked, so that nothing else changes them in between; the counts are
 * locked last, when the work is done.
 */
export async function keepingDayCounts<T>(
  tx: Runner,
  selection: ClaimSelection,
  work: () => Promise<T>,
): Promise<T> {
  const before = await countsOf(tx, selection);
  const result = await work();
  await applyChanges(tx, changesBetween(before, await countsOf(tx, selection)));
  return result;
}

/**
 * Counts every claim again when the counts disagree with the number of
 * claims Neo4j's count store gives: a graph written before the counts were
 * kept. In auto-commit transactions of FILL_BATCH counts, after the
 * evidence backfill has given every article its ingestion time. On an
 * up-to-date graph it reads the counts' sum.
 */
export async function fillDayCounts(session: Runner): Promise<void> {
  const [row] = await run(session, {
    text: `CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (d:ClaimDayCount) RETURN coalesce(sum(d.n), 0) AS counted }
RETURN claims, counted`,
    params: {},
  });
  if (countOf(row, 'claims') === countOf(row, 'counted')) return;
  await run(session, {
    text: `MATCH (d:ClaimDayCount) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
    params: {},
  });
  const all = (await run(session, { text: grouped('MATCH (c:Claim)'), params: {} })).map(
    dayCountOf,
  );
  for (let start = 0; start < all.length; start += FILL_BATCH)
    await applyChanges(session, all.slice(start, start + FILL_BATCH));
}
