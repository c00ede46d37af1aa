import type Database from 'better-sqlite3';
import type { SourceKind } from '../../domain/evidence';
import { sourceOfKey } from '../../domain/evidence';
import { SOURCE_CLAIMS_KEPT } from '../../domain/source-summary';
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
 * each: read from the summaries kept with the relations
 * (sqlite-relations.ts), then the claims by id. Three statements whatever the
 * number of relations, none of them reading a relation's every claim.
 */
export function sourcesOfRelations(
  db: Database.Database,
  relationIds: readonly string[],
  request: SourcesRequest,
): Page<SourceWithClaims>[] {
  const ids = JSON.stringify(relationIds);
  const claimsEach = Math.min(request.claimsEach, SOURCE_CLAIMS_KEPT);
  const sources = statements(db)
    .prepare<
      Record<string, unknown>,
      {
        relation_id: string;
        kind: SourceKind;
        key: string;
        claim_count: number;
        first_claim_ids: string;
      }
    >(
      `SELECT relation_id, kind, key, claim_count, first_claim_ids FROM relation_sources
       WHERE relation_id IN (SELECT value FROM json_each(@ids)) AND rank < @first
       ORDER BY relation_id, rank`,
    )
    .all({ ids, first: request.first });
  const totals = new Map(
    statements(db)
      .prepare<[string], { id: string; total: number }>(
        'SELECT id, source_count AS total FROM relations WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(ids)
      .map((row) => [row.id, row.total]),
  );
  const wanted = sources.map((row) => ({
    ...row,
    claimIds: (JSON.parse(row.first_claim_ids) as string[]).slice(0, claimsEach),
  }));
  const claims = new Map(
    statements(db)
      .prepare<[string], ClaimRow>(
        'SELECT * FROM claims WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(wanted.flatMap((row) => row.claimIds)))
      .map((row) => [row.id, toClaim(row)]),
  );
  return relationIds.map((id) => {
    const own = wanted.filter((row) => row.relation_id === id);
    return {
      totalCount: totals.get(id) ?? 0,
      items: own.map((row) => ({
        source: sourceOfKey(row.kind, row.key),
        claimCount: row.claim_count,
        claims: row.claimIds.map((claimId) => claims.get(claimId)!),
      })),
    };
  });
}
