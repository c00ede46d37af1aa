import type Database from 'better-sqlite3';
import type { Page, PageRequest } from '../graph-store';
import { articleCount, walkWindow } from './sqlite-claim-pages';
import { groupRows } from './sqlite-paging';
import type { MentionRow } from './sqlite-rows';
import { statements } from './sqlite-statements';

/** An entity's mentions in order: by article date, article, position in it, then id. */
const MENTION_ORDER = 'a.published_at, a.id, m.span_start, m.id';

/**
 * One page of each entity's mentions, oldest article first, with their
 * totals. A hub is named in a large share of the articles: its page is read
 * by walking the articles in date order and each one's mentions
 * (mentions_by_article), stopping at the page's end, as a long claim list
 * is (sqlite-claim-pages.ts walkWindow); numbering all of a hub's 94k
 * mentions took over a second at a million claims. The others are read in
 * one statement.
 */
export function mentionPagesOfEntities(
  db: Database.Database,
  entityIds: readonly string[],
  page: PageRequest,
): Page<MentionRow>[] {
  const articles = articleCount(db);
  const count = statements(db).prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM mentions WHERE entity_id = ?',
  );
  const totals = entityIds.map((id) => count.get(id)!.n);
  const pages: (Page<MentionRow> | null)[] = entityIds.map((id, index) => {
    const totalCount = totals[index]!;
    const window = walkWindow(totalCount, page, articles);
    const items = window === null ? null : walkedMentions(db, id, page, window);
    return items === null ? null : { items, totalCount };
  });
  // The others in one statement, with the totals counted above.
  const rest = entityIds.flatMap((key, index) => (pages[index] === null ? [{ key, index }] : []));
  const sorted = rest.map(({ index }) => ({
    items: [] as MentionRow[],
    totalCount: totals[index]!,
  }));
  const rows = groupRows<MentionRow>(
    db,
    rest.map(({ key }, index) => ({ index, key, role: '' })),
    page,
    {
      from: 'mentions m JOIN articles a ON a.id = m.article_id',
      match: 'm.entity_id = g.key',
      select: 'm.*',
      order: MENTION_ORDER,
    },
  );
  for (const { group, item } of rows) sorted[group]!.items.push(item);
  rest.forEach(({ index }, i) => (pages[index] = sorted[i]!));
  return pages as Page<MentionRow>[];
}

/** The page walked over the first `window` articles by date, or null when they hold too few. */
function walkedMentions(
  db: Database.Database,
  entityId: string,
  page: PageRequest,
  window: number,
): MentionRow[] | null {
  // CROSS JOIN keeps the articles outside, INDEXED BY reads each one's mentions by article.
  const rows = statements(db)
    .prepare<Record<string, unknown>, MentionRow>(
      `SELECT m.* FROM (SELECT id, published_at FROM articles
           ORDER BY published_at, id LIMIT @window) a
         CROSS JOIN mentions m INDEXED BY mentions_by_article
       WHERE m.article_id = a.id AND m.entity_id = @entityId
       ORDER BY ${MENTION_ORDER} LIMIT @first OFFSET @offset`,
    )
    .all({ entityId, window, first: page.first, offset: page.offset });
  return rows.length === page.first ? rows : null;
}
