import type { Page, PageRequest } from '../graph-store';
import { integer, pageParams, run } from './neo4j-cypher';
import type { Fields, Runner } from './neo4j-cypher';
import { countOf, listOf } from './neo4j-records';

/** A list read in pages: its rows, their order, and how each row becomes a map. */
export interface ListQuery {
  /** Clauses that produce the rows; they may read the group `g` ({index, key, type}). */
  readonly match: string;
  /** The variables that `order` and `projection` read. */
  readonly carry: string;
  readonly order: string;
  readonly projection: string;
  /**
   * Clauses run on the page's rows alone, after the cut: what the projection
   * reads beyond the carried variables (a claim's article), so that the
   * rows that only count are never read for it.
   */
  readonly pageMatch?: string;
}

export interface Group {
  readonly key: string;
  /** A relationship type chosen by the caller from constants, compared with `type(...)`. */
  readonly type?: string;
}

/**
 * One page per group, and each group's total, in one statement whatever
 * the number of groups: the batched read behind every nested list. Each
 * group runs its own subqueries (`CALL (g) { ... }`, Cypher Manual, "CALL
 * subqueries"), so the page is cut per group. The rows are matched once:
 * their references, in order, give both the total and the page, and only
 * the page is projected (and reads what `pageMatch` adds).
 */
function pagedText(query: ListQuery): string {
  const carried = query.carry.split(',').map((name) => name.trim());
  const rebound = carried.map((name, i) => `row[${i}] AS ${name}`).join(', ');
  return `UNWIND $groups AS g
CALL (g) {
  ${query.match}
  WITH ${query.carry} ORDER BY ${query.order}
  WITH collect([${carried.join(', ')}]) AS rows
  RETURN size(rows) AS total, rows[$offset..($offset + $first)] AS slice
}
CALL (slice) {
  UNWIND slice AS row
  WITH ${rebound}${query.pageMatch === undefined ? '' : `\n  ${query.pageMatch}`}
  RETURN collect(${query.projection}) AS items
}
RETURN g.index AS index, total, items`;
}

/**
 * A list whose rows come in their order already cut to the page (read in an
 * index's order, or kept by a Top of the page's size), and whose total is
 * counted apart: only the page's rows are read whole, where `ListQuery`
 * reads and sorts every row (issue 12).
 */
export interface OrderedListQuery {
  /** Clauses that end in `RETURN <a count> AS total`; they may read `g`. */
  readonly count: string;
  /** What the count returns besides `total` for the page to read (`, a, b`), read once for both. */
  readonly shared?: string;
  /** Clauses that produce the page's rows, cut with `$offset` and `$first`; they may read `g` (and what is shared). */
  readonly page: string;
  /** The variables that `order` and `projection` read. */
  readonly carry: string;
  /** The rows' order, to keep once the page's rows are read (a sort of the page alone). */
  readonly order: string;
  readonly projection: string;
}

function orderedText(query: OrderedListQuery): string {
  return `UNWIND $groups AS g
CALL (g) {
  ${query.count}
}
CALL (g${query.shared ?? ''}) {
  ${query.page}
  WITH ${query.carry} ORDER BY ${query.order}
  RETURN collect(${query.projection}) AS items
}
RETURN g.index AS index, total, items`;
}

export async function pagesByGroup<T>(
  runner: Runner,
  groups: readonly Group[],
  page: PageRequest,
  query: ListQuery | OrderedListQuery,
  map: (item: unknown) => T,
  params: Readonly<Record<string, unknown>> = {},
): Promise<Page<T>[]> {
  const pages: Page<T>[] = groups.map(() => ({ items: [], totalCount: 0 }));
  if (groups.length === 0) return pages;
  const rows = await run(runner, {
    text: 'count' in query ? orderedText(query) : pagedText(query),
    params: {
      ...params,
      ...pageParams(page),
      groups: groups.map((group, index) => ({
        index: integer(index),
        key: group.key,
        type: group.type ?? null,
      })),
    },
  });
  for (const row of rows) {
    pages[countOf(row, 'index')] = {
      items: listOf(row['items'], map),
      totalCount: countOf(row, 'total'),
    };
  }
  return pages;
}

/** A single paged list: one group whose key is unused. */
export async function pageOf<T>(
  runner: Runner,
  page: PageRequest,
  query: ListQuery | OrderedListQuery,
  map: (item: unknown) => T,
  params: Readonly<Record<string, unknown>> = {},
): Promise<Page<T>> {
  const [only] = await pagesByGroup(runner, [{ key: '' }], page, query, map, params);
  return only ?? { items: [], totalCount: 0 };
}

/** Items in the order of `ids`, `null` where none has that id. */
export function inOrderOf<T extends { readonly id: string }>(
  ids: readonly string[],
  found: readonly T[],
): (T | null)[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The first column of every row, mapped. */
export function column<T>(rows: readonly Fields[], key: string, map: (value: unknown) => T): T[] {
  return rows.map((row) => map(row[key]));
}
