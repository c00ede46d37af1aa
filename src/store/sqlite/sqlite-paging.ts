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
  const groupsJson = JSON.stringify(groups);
  const withGroups = `WITH g AS (SELECT json_extract(value, '$.index') AS idx, json_extract(value, '$.key') AS key,
    json_extract(value, '$.role') AS role FROM json_each(@groups))`;
  const rows = statements(db)
    .prepare<Record<string, unknown>, Row & { __group: number }>(
      `${withGroups}
       SELECT * FROM (
         SELECT ${query.select}, g.idx AS __group,
           row_number() OVER (PARTITION BY g.idx ORDER BY ${query.order}) AS __row
         FROM g, ${query.from} WHERE ${query.match})
       WHERE __row > @offset AND __row <= @offset + @first
       ORDER BY __group, __row`,
    )
    .all({ ...extra, groups: groupsJson, offset: page.offset, first: page.first });
  const totals = statements(db)
    .prepare<Record<string, unknown>, { idx: number; n: number }>(
      `${withGroups} SELECT g.idx AS idx, count(*) AS n FROM g, ${query.countFrom ?? query.from} WHERE ${query.match} GROUP BY g.idx`,
    )
    .all({ ...extra, groups: groupsJson });
  const result = groups.map(() => ({ items: [] as Row[], totalCount: 0 }));
  for (const total of totals) result[total.idx]!.totalCount = total.n;
  for (const row of rows) {
    const { __group, __row, ...item } = row as Row & { __group: number; __row: number };
    void __row;
    result[__group]!.items.push(item as Row);
  }
  return result;
}
