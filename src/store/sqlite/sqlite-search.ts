import type Database from 'better-sqlite3';
import { foldText } from '../../domain/ids';
import type { EntitySearch, PageRequest } from '../graph-store';
import { statements } from './sqlite-statements';

/**
 * FTS5 query for the folded text: every word must appear, as a word or a
 * word prefix. Words are quoted, so no user character is FTS syntax.
 */
export function ftsQuery(text: string): string | null {
  const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

/**
 * Ranks each entity by its best name: equal to the folded text (0), starting
 * with it (1), containing its words (2); then by name and id.
 */
export function findEntityIds(
  db: Database.Database,
  search: EntitySearch,
  page: PageRequest,
): { ids: string[]; totalCount: number } {
  const match = ftsQuery(search.text);
  if (match === null) return { ids: [], totalCount: 0 };
  const folded = foldText(search.text);
  const params = {
    match,
    folded,
    kinds: search.kinds && search.kinds.length > 0 ? JSON.stringify(search.kinds) : null,
  };
  const ranked = `
    WITH hits AS (
      SELECT f.entity_id AS id,
        min(CASE WHEN f.folded = @folded THEN 0 WHEN substr(f.folded, 1, length(@folded)) = @folded THEN 1 ELSE 2 END) AS score
      FROM entity_names_fts f WHERE entity_names_fts MATCH @match GROUP BY f.entity_id)
    SELECT e.id AS id FROM hits JOIN entities e ON e.id = hits.id
    WHERE (@kinds IS NULL OR e.kind IN (SELECT value FROM json_each(@kinds)))`;
  const rows = statements(db)
    .prepare<Record<string, unknown>, { id: string }>(
      `${ranked.replace('SELECT e.id AS id', 'SELECT e.id AS id, hits.score AS score, e.name AS name')}
       ORDER BY score, name, id LIMIT @first OFFSET @offset`,
    )
    .all({ ...params, first: page.first, offset: page.offset });
  const total = statements(db)
    .prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n FROM (${ranked})`)
    .get(params)!.n;
  return { ids: rows.map((row) => row.id), totalCount: total };
}
