import type Database from 'better-sqlite3';
import type { SourceKind } from '../../domain/evidence';
import { sourceOfKey } from '../../domain/evidence';
import type { Page, SourcesRequest, SourceWithClaims } from '../graph-store';
import type { ClaimRow } from './sqlite-rows';
import { toClaim } from './sqlite-rows';
import { statements } from './sqlite-statements';

/**
 * A claim's source in SQL (domain/evidence.ts): the speaker, else the
 * relaying agency, else the publisher, else the article itself. Needs the
 * claim `c` and its article `a`.
 */
export const SOURCE_KIND = `CASE WHEN c.attributed_to_id IS NOT NULL THEN 'SPEAKER'
  WHEN c.reported_by_id IS NOT NULL THEN 'AGENCY'
  WHEN a.publisher IS NOT NULL THEN 'PUBLISHER' ELSE 'ARTICLE' END`;
export const SOURCE_KEY = 'coalesce(c.attributed_to_id, c.reported_by_id, a.publisher, a.id)';

/**
 * Each relation's sources, most claims first, with the first claims of
 * each: two statements whatever the number of relations, window functions
 * numbering sources per relation and claims per source.
 */
export function sourcesOfRelations(
  db: Database.Database,
  relationIds: readonly string[],
  request: SourcesRequest,
): Page<SourceWithClaims>[] {
  const ids = JSON.stringify(relationIds);
  const sources = statements(db)
    .prepare<
      Record<string, unknown>,
      { relation_id: string; kind: SourceKind; key: string; n: number; total: number }
    >(
      `SELECT * FROM (
         SELECT relation_id, kind, key, n,
           row_number() OVER (PARTITION BY relation_id ORDER BY n DESC, kind, key) AS rank,
           count(*) OVER (PARTITION BY relation_id) AS total
         FROM (SELECT c.relation_id, ${SOURCE_KIND} AS kind, ${SOURCE_KEY} AS key, count(*) AS n
               FROM claims c JOIN articles a ON a.id = c.article_id
               WHERE c.relation_id IN (SELECT value FROM json_each(@ids))
               GROUP BY c.relation_id, kind, key))
       WHERE rank <= @first ORDER BY relation_id, rank`,
    )
    .all({ ids, first: request.first });
  const claims = statements(db)
    .prepare<
      Record<string, unknown>,
      ClaimRow & { relation_id: string; kind: string; key: string }
    >(
      // Numbered on ids and sort keys only; the whole rows of the first few are read after.
      `WITH sourced AS (
         SELECT c.id, c.relation_id, ${SOURCE_KIND} AS kind, ${SOURCE_KEY} AS key,
           a.published_at, a.id AS article_id, c.sentence_start
         FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.relation_id IN (SELECT value FROM json_each(@ids))),
       ranked AS (
         SELECT id, kind, key, row_number() OVER (PARTITION BY relation_id, kind, key
           ORDER BY published_at, article_id, sentence_start, id) AS rank
         FROM sourced)
       SELECT c.*, ranked.kind, ranked.key FROM ranked JOIN claims c ON c.id = ranked.id
       WHERE ranked.rank <= @claimsEach ORDER BY ranked.rank`,
    )
    .all({ ids, claimsEach: request.claimsEach });
  const claimsOf = new Map<string, ClaimRow[]>();
  for (const row of claims) {
    const key = JSON.stringify([row.relation_id, row.kind, row.key]);
    claimsOf.set(key, [...(claimsOf.get(key) ?? []), row]);
  }
  return relationIds.map((id) => {
    const own = sources.filter((row) => row.relation_id === id);
    return {
      totalCount: own[0]?.total ?? 0,
      items: own.map((row) => ({
        source: sourceOfKey(row.kind, row.key),
        claimCount: row.n,
        claims: (claimsOf.get(JSON.stringify([id, row.kind, row.key])) ?? []).map(toClaim),
      })),
    };
  });
}
