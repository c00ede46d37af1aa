import type Database from 'better-sqlite3';
import type { PageRequest } from '../graph-store';
import { statements } from './sqlite-statements';

export interface Group {
  readonly index: number;
  readonly key: string;
  readonly role: string;
}

export interface GroupQuery {
  /** FROM clause of the items; cross-joined with the groups `g`, filtered by `match`. */
  readonly from: string;
  /** The FROM clause that counts a group's items, when a smaller one than `from` gives the same count. */
  readonly countFrom?: string;
  /** Condition tying an item to its group `g` (g.key, g.role). */
  readonly match: string;
  readonly select: string;
  readonly order: string;
}

/** The groups as a table `g` (idx, key, role) from the JSON parameter @groups. */
const WITH_GROUPS = `WITH g AS (SELECT json_extract(value, '$.index') AS idx, json_extract(value, '$.key') AS key,
    json_extract(value, '$.role') AS role FROM json_each(@groups))`;

/**
 * One page per group in two statements, whatever the number of groups: the
 * batched read behind every nested list (an entity's claims, a relation's
 * claims). Window functions number the rows of each group.
 */
export function pagesByGroup<Row>(
  db: Database.Database,
  groups: readonly Group[],
  page: PageRequest,
  query: GroupQuery,
  extra: Record<string, unknown> = {},
): { items: Row[]; totalCount: number }[] {
  const totals = groupCounts(db, groups, query.countFrom ?? query.from, query.match, extra);
  const result = groups.map((_, i) => ({ items: [] as Row[], totalCount: totals[i]! }));
  for (const { group, item } of groupRows<Row>(db, groups, page, query, extra))
    result[group]!.items.push(item);
  return result;
}

/** Each group's page of rows, in one statement; `group` is the group's index. */
export function groupRows<Row>(
  db: Database.Database,
  groups: readonly Group[],
  page: PageRequest,
  query: GroupQuery,
  extra: Record<string, unknown> = {},
): { group: number; item: Row }[] {
  if (groups.length === 0) return [];
  const rows = statements(db)
    .prepare<Record<string, unknown>, Row & { __group: number }>(
      `${WITH_GROUPS}
       SELECT * FROM (
         SELECT ${query.select}, g.idx AS __group,
           row_number() OVER (PARTITION BY g.idx ORDER BY ${query.order}) AS __row
         FROM g, ${query.from} WHERE ${query.match})
       WHERE __row > @offset AND __row <= @offset + @first
       ORDER BY __group, __row`,
    )
    .all({ ...extra, groups: JSON.stringify(groups), offset: page.offset, first: page.first });
  return rows.map((row) => {
    const { __group, __row, ...item } = row as Row & { __group: number; __row: number };
    void __row;
    return { group: __group, item: item as Row };
  });
}

/**
 * How many items `from` holds for each group under `match` (g.key, g.role),
 * in group order. Each group is counted by its own subquery, on its index
 * alone: one count grouped over every group's rows sorted a hub's tens of
 * thousands of index entries first.
 */
export function groupCounts(
  db: Database.Database,
  groups: readonly Group[],
  from: string,
  match: string,
  extra: Record<string, unknown> = {},
): number[] {
  const counts = groups.map(() => 0);
  if (groups.length === 0) return counts;
  const rows = statements(db)
    .prepare<Record<string, unknown>, { idx: number; n: number }>(
      `${WITH_GROUPS} SELECT g.idx AS idx, (SELECT count(*) FROM ${from} WHERE ${match}) AS n FROM g`,
    )
    .all({ ...extra, groups: JSON.stringify(groups) });
  for (const row of rows) counts[row.idx] = row.n;
  return counts;
}
