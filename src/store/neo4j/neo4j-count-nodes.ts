import { integer, run } from './neo4j-cypher';
import type { Fields, Runner } from './neo4j-cypher';

/**
 * Counts the Neo4j store keeps on nodes of their own, one per combination
 * of what they count by, found by `key` (the combination as a JSON array,
 * unique by a constraint): claims per day (neo4j-claim-day-counts.ts,
 * migration 016) and per kind of their ends (neo4j-kind-counts.ts,
 * migration 018). A write counts what it touches before and after its work
 * and adds the difference; a count that falls to 0 is deleted.
 */
export interface CountChange {
  readonly key: string;
  /** The node's properties besides `key` and `n`; null ones are not stored. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly n: number;
}

/**
 * A CALL giving, as `as`, `{key, count}` maps, most first then by key, of
 * the counts on `label` nodes (bound as `k`, kept by `where`) summed per
 * value of their property `by`: a stats list read from a few hundred count
 * nodes rather than from what they count.
 */
export function summedCounts(label: string, by: string, as: string, where = 'true'): string {
  return `CALL () {
  MATCH (k:${label}) WHERE ${where}
  WITH k.${by} AS key, sum(k.n) AS count ORDER BY count DESC, key
  RETURN collect({key: key, count: count}) AS ${as}
}`;
}

/** The claims a write touches: those of some articles, or some claims. */
export type ClaimSelection =
  { readonly articleIds: readonly string[] } | { readonly claimIds: readonly string[] };

/** The selected claims not judged WRONG, bound as `c`. */
const SELECTED = {
  articles: 'UNWIND $ids AS id MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)',
  claims: 'UNWIND $ids AS id MATCH (c:Claim {id: id})',
};

/** The selected claims' statement start and its `ids` parameter, or null when nothing is selected. */
export function selected(selection: ClaimSelection): { text: string; ids: string[] } | null {
  const [text, ids] =
    'articleIds' in selection
      ? [SELECTED.articles, selection.articleIds]
      : [SELECTED.claims, selection.claimIds];
  return ids.length === 0 ? null : { text, ids: [...new Set(ids)] };
}

/**
 * The selected claims counted by `grouping` (a statement reading on from the claims bound as `c`),
 * each row made a change by `changeOf`; none when nothing is selected.
 */
export async function selectedCounts(
  tx: Runner,
  selection: ClaimSelection,
  grouping: (selectedClaims: string) => string,
  changeOf: (row: Fields) => CountChange,
): Promise<CountChange[]> {
  const claims = selected(selection);
  if (!claims) return [];
  const rows = await run(tx, { text: grouping(claims.text), params: { ids: claims.ids } });
  return rows.map(changeOf);
}

/** Counts of the selected claims kept on `label` nodes: the claims grouped by `grouping`, each row a change by `changeOf`. */
export interface SelectedCounts {
  readonly label: string;
  readonly grouping: (selectedClaims: string) => string;
  readonly changeOf: (row: Fields) => CountChange;
}

/** Runs `work`, which changes the selected claims, and moves `counts` by what it changed (`keepingCounts`). */
export function keepingSelectedCounts<T>(
  tx: Runner,
  selection: ClaimSelection,
  counts: SelectedCounts,
  work: () => Promise<T>,
): Promise<T> {
  return keepingCounts(
    tx,
    counts.label,
    () => selectedCounts(tx, selection, counts.grouping, counts.changeOf),
    work,
  );
}

/**
 * Adds each change to its count on `label` nodes. Existing counts are
 * locked and changed by MATCH then SET, in key order, so that two writers
 * take the locks they share in one order; MERGE, which copes with two
 * writers creating the same count, is kept for the counts that do not
 * exist yet. `label` is a constant of this module's callers, never input.
 */
export async function applyCountChanges(
  tx: Runner,
  label: string,
  changes: readonly CountChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const rows = [...changes]
    .sort((x, y) => (x.key < y.key ? -1 : 1))
    .map((change) => ({ ...change, n: integer(change.n) }));
  const [found] = await run(tx, {
    text: `UNWIND $rows AS row
MATCH (d:${label} {key: row.key})
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
MERGE (d:${label} {key: row.key})
  ON CREATE SET d += row.fields, d.n = row.n
  ON MATCH SET d.n = d.n + row.n
WITH d WHERE d.n = 0
DELETE d`,
    params: { rows: missing },
  });
}

/**
 * Creates counts on `label` nodes where none exists yet (a bulk load's end,
 * neo4j-bulk-load.ts, after deleting them all): no lookup of each one first.
 */
export async function createCounts(
  tx: Runner,
  label: string,
  counts: readonly CountChange[],
): Promise<void> {
  if (counts.length === 0) return;
  await run(tx, {
    text: `UNWIND $rows AS row CREATE (d:${label}) SET d += row.fields, d.key = row.key, d.n = row.n`,
    params: { rows: counts.map((count) => ({ ...count, n: integer(count.n) })) },
  });
}

/** What the counts gain from `before` to `after`; a combination whose count did not change is left out. */
export function changesBetween(
  before: readonly CountChange[],
  after: readonly CountChange[],
): CountChange[] {
  const changes = new Map<string, CountChange>();
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
 * Runs `work` between two countings of what it changes and adds the
 * difference to the counts on `label` nodes: call it once what the work
 * changes is locked, so that nothing else changes it in between; the counts
 * are locked last, when the work is done.
 */
export async function keepingCounts<T>(
  tx: Runner,
  label: string,
  count: () => Promise<CountChange[]>,
  work: () => Promise<T>,
): Promise<T> {
  const before = await count();
  const result = await work();
  await applyCountChanges(tx, label, changesBetween(before, await count()));
  return result;
}
