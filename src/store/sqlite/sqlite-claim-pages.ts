import type Database from 'better-sqlite3';
import type { ClaimFilter, PageRequest, TimeOrder } from '../graph-store';
import { ARTICLE_ORDERS, CLAIM_ORDERS, claimWhere, jsonList } from './sqlite-filters';
import type { Where } from './sqlite-filters';
import type { Group } from './sqlite-paging';
import { groupCounts, groupRows } from './sqlite-paging';
import type { ClaimRow } from './sqlite-rows';
import { statements } from './sqlite-statements';

/**
 * A page of a long claim list is read by walking the articles in the
 * list's order and reading each one's few claims (claims_by_article),
 * stopping at the page's end, rather than by sorting every matching claim:
 * a hub's claims or a common predicate's are tens of thousands at a
 * million claims (issue 12). The walk reads the first `window` articles,
 * enough for the page when the matching claims are spread evenly over the
 * articles, times WALK_SLACK; when that window holds too few (the claims
 * bunch late in the order), the page is sorted as before. Either way it is
 * the same page.
 */
const WALK_SLACK = 4;

/**
 * A walk reads about six rows per article (the index entry, its claims);
 * sorting reads about two per matching claim (the claim, its article) and
 * sorts them.
 */
const WALK_COST_PER_ARTICLE = 3;

/** The articles a walk reads for the page, or null when sorting the matches costs less. */
export function walkWindow(matching: number, page: PageRequest, articles: number): number | null {
  const needed = page.offset + page.first;
  if (needed >= matching) return null;
  const window = Math.ceil((WALK_SLACK * needed * articles) / matching);
  return window * WALK_COST_PER_ARTICLE < matching ? window : null;
}

/** Articles stored, from the count migration 016 keeps. */
export function articleCount(db: Database.Database): number {
  return statements(db)
    .prepare<[], { n: number }>("SELECT n FROM row_counts WHERE name = 'articles'")
    .get()!.n;
}

/** The article column a claim order sorts by first. */
function orderColumn(order: TimeOrder): string {
  return order.startsWith('PUBLISHED') ? 'published_at' : 'ingested_at';
}

/**
 * The page walked over the first `window` articles in the order, or null
 * when they hold fewer claims than the page needs. `where` reads the claim
 * `c` and the article's id and order column only.
 */
function walkedPage(
  db: Database.Database,
  where: string,
  params: Record<string, unknown>,
  page: PageRequest,
  order: TimeOrder,
  window: number,
): ClaimRow[] | null {
  // CROSS JOIN keeps the articles outside, INDEXED BY reads each one's
  // claims by article: an index on a filtered column would read the whole
  // list again for every article (SQLite manual, "The SQLite Query
  // Optimizer Overview", manual control of join order).
  const rows = statements(db)
    .prepare<Record<string, unknown>, ClaimRow>(
      `SELECT c.* FROM (SELECT id, ${orderColumn(order)} FROM articles
           ORDER BY ${ARTICLE_ORDERS[order]} LIMIT @window) a
         CROSS JOIN claims c INDEXED BY claims_by_article
       WHERE c.article_id = a.id AND ${where}
       ORDER BY ${CLAIM_ORDERS[order]} LIMIT @first OFFSET @offset`,
    )
    .all({ ...params, window, first: page.first, offset: page.offset });
  return rows.length === page.first ? rows : null;
}

/**
 * A page sorted from the matches of its first days only: an entity's claims
 * in a period, or the claims of some predicates (and modalities). An index
 * gives each candidate's day of publication (`Where.matchDays`, migrations
 * 025 and 026) and the list's order is the article's time, whose day that
 * is: every claim of the page is among the candidates up to the day of the
 * page's last one counted among them all. Null when those hold fewer than
 * the page (claims judged WRONG, a claim in two roles counted twice,
 * another condition), or the order is not by publication.
 */
function pageByDays(
  db: Database.Database,
  where: Where,
  page: PageRequest,
  order: TimeOrder,
  total: number,
): ClaimRow[] | null {
  const needed = page.offset + page.first;
  if (where.matchDays === null || !order.startsWith('PUBLISHED') || needed > total) return null;
  const [up, sort] = order === 'PUBLISHED_DESC' ? ['>=', 'DESC'] : ['<=', 'ASC'];
  const rows = statements(db)
    .prepare<Record<string, unknown>, ClaimRow>(
      `WITH m AS MATERIALIZED (${where.matchDays})
       SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.rowid IN (SELECT rowid FROM m WHERE published_day ${up}
           (SELECT published_day FROM m ORDER BY published_day ${sort} LIMIT 1 OFFSET @last))
         AND ${where.sql}
       ORDER BY ${CLAIM_ORDERS[order]} LIMIT @first OFFSET @offset`,
    )
    .all({ ...where.params, last: needed - 1, first: page.first, offset: page.offset });
  return rows.length === page.first ? rows : null;
}

/**
 * A page of a filter naming predicates, or an entity in any role and
 * modalities, read from the first entries of its day ranges
 * (`Where.dayRanges`): each range's day of its `needed`-th entry, sought
 * through the index; the earliest of those (the latest, newest first)
 * bounds the page, as that range alone holds `needed` claims up to it, and
 * no range holds `needed` before it. So the page is sorted from about
 * `needed` claims per range (and those of the bound's day), instead of
 * reading every match's rowid (the hub's 12,210 SANCTIONS claims in any
 * role at a million claims) to walk or sort them. A range with fewer
 * entries bounds nothing. Null when no range bounds the page (then the
 * matches are few: fewer than `needed` per range), when the claims up to
 * the bound hold fewer than the page (some judged WRONG), or when the order
 * is not by publication.
 */
function pageByRanges(
  db: Database.Database,
  where: Where,
  page: PageRequest,
  order: TimeOrder,
): ClaimRow[] | null {
  if (where.dayRanges === null || !order.startsWith('PUBLISHED')) return null;
  const [bound, up, sort] =
    order === 'PUBLISHED_DESC' ? ['max', '>=', 'DESC'] : ['min', '<=', 'ASC'];
  const kinds = `json_each(@rangePredicates) p CROSS JOIN json_each(@rangeModalities) m`;
  const ends = where.dayRanges.leading.map(
    (leading) =>
      `SELECT (SELECT published_day FROM claims WHERE ${leading}
           AND predicate = p.value AND modality = m.value
         ORDER BY published_day ${sort} LIMIT 1 OFFSET @last) AS day FROM ${kinds}`,
  );
  // CROSS JOIN: each predicate and modality sought in turn, then the range of days up to the
  // bound; as IN lists, the planner read every entry of the entity and predicate.
  const upTo = where.dayRanges.leading.map(
    (leading) =>
      `SELECT claims.rowid FROM ${kinds} CROSS JOIN claims WHERE ${leading}
         AND predicate = p.value AND modality = m.value AND published_day ${up} @end`,
  );
  const needed = page.offset + page.first;
  const { end } = statements(db)
    .prepare<Record<string, unknown>, { end: string | null }>(
      `SELECT ${bound}(day) AS end FROM (${ends.join(' UNION ALL ')})`,
    )
    .get({ ...where.params, last: needed - 1 })!;
  if (end === null) return null;
  const rows = statements(db)
    .prepare<Record<string, unknown>, ClaimRow>(
      `SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.rowid IN (${upTo.join(' UNION ALL ')}) AND ${where.dayRanges.besides}
       ORDER BY ${CLAIM_ORDERS[order]} LIMIT @first OFFSET @offset`,
    )
    .all({ ...where.params, end, first: page.first, offset: page.offset });
  return rows.length === page.first ? rows : null;
}

/**
 * Claims not judged WRONG matching `all` (a filter's conditions without
 * that one), counted from the indexes alone: every match counted on its
 * column's index, less those judged WRONG, few, read through their partial
 * index (migration 016). Testing `rejected` on each match would read every
 * claim row.
 */
function keptCount(
  db: Database.Database,
  all: Pick<Where, 'sql' | 'params'> & Partial<Pick<Where, 'ofEntity' | 'onlyOfEntity'>>,
  groups?: readonly Group[],
): number[] {
  const count = (from: string, where: string) =>
    groups
      ? groupCounts(db, groups, from, where, all.params)
      : [
          statements(db)
            .prepare<Record<string, unknown>, { n: number }>(
              `SELECT count(*) AS n FROM ${from} WHERE ${where}`,
            )
            .get(all.params)!.n,
        ];
  // An entity's claims in a period or of some predicates alone: counted from the roles' indexes
  // of the period or the predicate, reading no claim.
  const matching =
    all.onlyOfEntity && !groups
      ? [
          statements(db)
            .prepare<Record<string, unknown>, { n: number }>(
              `SELECT count(DISTINCT rowid) AS n FROM (${all.ofEntity!})`,
            )
            .get(all.params)!.n,
        ]
      : count('claims c', all.sql);
  // The rowids come from the partial index alone; INDEXED BY on `c` itself
  // would leave no plan for a condition that names rowids (the text filter).
  const wrong = count(
    'claims c',
    `c.rowid IN (SELECT rowid FROM claims INDEXED BY claims_judged_wrong WHERE rejected = 1) AND ${all.sql}`,
  );
  return matching.map((n, i) => n - wrong[i]!);
}

/**
 * The filters the kept counts answer: claim_counts keeps the claims not
 * judged WRONG per predicate and modality (migration 016),
 * entity_claim_counts the same per entity in any role (028);
 * `includeRejected`, where these are asked, is false.
 */
const KEPT_COUNT_FILTERS: ReadonlySet<string> = new Set([
  'entityId',
  'predicates',
  'modalities',
  'includeRejected',
]);

/**
 * The claims not judged WRONG of an entity in any role, some predicates and
 * modalities (an absent entity or list names them all), from the counts
 * kept; null when the filter names anything else. Counted on the
 * predicate's index instead, a common predicate's total read every entry
 * of it: 71,569 for SANCTIONS at a million claims, 2 to 5 ms of its page's 3
 * to 4; a hub's, on the six role indexes, every entry of each: 117,356
 * claims, about 20 ms.
 */
function keptKindCount(db: Database.Database, filter: ClaimFilter): number | null {
  const named = Object.entries(filter).filter(([, value]) => value !== undefined);
  if (named.some(([name]) => !KEPT_COUNT_FILTERS.has(name))) return null;
  const lists = (
    [
      ['predicate', 'predicates', jsonList(filter.predicates)],
      ['modality', 'modalities', jsonList(filter.modalities)],
    ] as const
  ).filter(([, , value]) => value !== null);
  const where = lists.map(
    ([column, name]) => `${column} IN (SELECT value FROM json_each(@${name}))`,
  );
  const params: Record<string, unknown> = Object.fromEntries(
    lists.map(([, name, value]) => [name, value]),
  );
  const table = filter.entityId === undefined ? 'claim_counts' : 'entity_claim_counts';
  if (filter.entityId !== undefined) {
    where.unshift('entity_id = @entityId');
    params['entityId'] = filter.entityId;
  }
  return statements(db)
    .prepare<Record<string, unknown>, { n: number }>(
      `SELECT coalesce(sum(n), 0) AS n FROM ${table}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`,
    )
    .get(params)!.n;
}

/** The total of a claim list: from kept counts or indexes where it can, else by reading the matches. */
function claimTotal(db: Database.Database, filter: ClaimFilter, where: Where): number {
  if (filter.includeRejected !== true && !where.readsArticle) {
    const kept = keptKindCount(db, filter);
    if (kept !== null) return kept;
    const all = claimWhere({ ...filter, includeRejected: true });
    return keptCount(db, all)[0]!;
  }
  // Every claim has its article (a foreign key): the count joins it only when a condition reads it.
  const from = where.readsArticle ? 'claims c JOIN articles a ON a.id = c.article_id' : 'claims c';
  return statements(db)
    .prepare<Record<string, unknown>, { n: number }>(
      `SELECT count(*) AS n FROM ${from} WHERE ${where.sql}`,
    )
    .get(where.params)!.n;
}

/** A page of the claims matching a filter, with their total (graph-store.ts `claims`). */
export function claimPage(
  db: Database.Database,
  filter: ClaimFilter,
  page: PageRequest,
  order: TimeOrder,
): { rows: ClaimRow[]; totalCount: number } {
  const where = claimWhere(filter);
  const totalCount = claimTotal(db, filter, where);
  // A period or a condition on the article (a publisher) bunches the
  // matches in time or reads each article: the walk's estimate does not hold.
  const bunched = where.readsArticle || filter.from !== undefined || filter.to !== undefined;
  const ranged = pageByRanges(db, where, page, order);
  const window = bunched || ranged ? null : walkWindow(totalCount, page, articleCount(db));
  const walked =
    ranged ??
    (window === null ? null : walkedPage(db, where.walkSql, where.params, page, order, window));
  const rows =
    walked ??
    pageByDays(db, where, page, order, totalCount) ??
    statements(db)
      .prepare<Record<string, unknown>, ClaimRow>(
        `SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id WHERE ${where.sql}
         ORDER BY ${CLAIM_ORDERS[order]} LIMIT @first OFFSET @offset`,
      )
      .all({ ...where.params, first: page.first, offset: page.offset });
  return { rows, totalCount };
}

/**
 * One page of claims per group (an entity's claims in a role, a
 * relation's claims), oldest first: `column` names the group's key.
 * Groups with long lists are walked one by one, the others read in one
 * statement.
 */
export function claimPagesByGroup(
  db: Database.Database,
  keys: readonly string[],
  column: string,
  page: PageRequest,
  includeRejected: boolean,
): { rows: ClaimRow[]; totalCount: number }[] {
  const groups = keys.map((key, index) => ({ index, key, role: '' }));
  const match = `c.${column} = g.key`;
  const totals = includeRejected
    ? groupCounts(db, groups, 'claims c', match)
    : keptCount(db, { sql: match, params: {} }, groups);
  const kept = includeRejected ? '' : ' AND c.rejected = 0';
  const articles = articleCount(db);
  const pages = totals.map((totalCount) => ({ rows: [] as ClaimRow[], totalCount }));
  const sorted: Group[] = [];
  const positions: number[] = [];
  groups.forEach((group, i) => {
    const window = walkWindow(totals[i]!, page, articles);
    const walked =
      window === null
        ? null
        : walkedPage(
            db,
            `c.${column} = @key${kept}`,
            { key: group.key },
            page,
            'PUBLISHED_ASC',
            window,
          );
    if (walked) pages[i]!.rows = walked;
    else {
      sorted.push({ ...group, index: sorted.length });
      positions.push(i);
    }
  });
  const found = groupRows<ClaimRow>(db, sorted, page, {
    from: 'claims c JOIN articles a ON a.id = c.article_id',
    match: `${match}${kept}`,
    select: 'c.*',
    order: CLAIM_ORDERS.PUBLISHED_ASC,
  });
  for (const { group, item } of found) pages[positions[group]!]!.rows.push(item);
  return pages;
}
