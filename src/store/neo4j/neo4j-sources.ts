import type { Claim } from '../../domain/claim';
import type { SourceKind } from '../../domain/evidence';
import { sourceOfKey } from '../../domain/evidence';
import { SOURCE_CLAIMS_KEPT } from '../../domain/source-summary';
import type { Page, SourcesRequest, SourceWithClaims } from '../graph-store';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { CLAIM_PROJECTION, countOf, fieldsOf, listOf, text, toClaim } from './neo4j-records';

/**
 * Each relation's sources (domain/evidence.ts: the speaker, else the relay,
 * else the publisher, else the article), most claims first, ties by kind
 * and key, with the ids of each source's first claims: read from the
 * :SourceSummary nodes kept with the relation (neo4j-relation-write.ts), so
 * no relation's every claim is read; then those claims, in the same
 * statement: a dashboard asks this of many relations at once, and a second
 * statement was a second round trip, the larger part of the wait under load.
 */
const SOURCES = `UNWIND $ids AS rid
CALL (rid) {
  MATCH (s:SourceSummary {relationId: rid})
  WITH s ORDER BY s.rank
  WITH collect({kind: s.kind, key: s.key, n: s.claimCount, claimIds: s.claimIds[0..$claimsEach]}) AS sources
  RETURN size(sources) AS total, sources[0..$first] AS sources
}
CALL (sources) {
  UNWIND sources AS source
  UNWIND source.claimIds AS id
  MATCH (c:Claim {id: id})-[:STATED_IN]->(a:Article)
  RETURN collect(${CLAIM_PROJECTION}) AS claims
}
RETURN rid, total, sources, claims`;

export async function sourcesOfRelations(
  tx: Runner,
  relationIds: readonly string[],
  request: SourcesRequest,
): Promise<Page<SourceWithClaims>[]> {
  const rows = await run(tx, {
    text: SOURCES,
    params: {
      ids: relationIds,
      first: integer(request.first),
      claimsEach: integer(Math.min(request.claimsEach, SOURCE_CLAIMS_KEPT)),
    },
  });
  const claims = new Map<string, Claim>();
  const found = rows.map((row) => {
    for (const claim of listOf(row['claims'], toClaim)) claims.set(claim.id, claim);
    return {
      rid: text(row, 'rid'),
      total: countOf(row, 'total'),
      sources: listOf(row['sources'], (item) => {
        const f = fieldsOf(item, 'source');
        return {
          kind: text(f, 'kind') as SourceKind,
          key: text(f, 'key'),
          n: countOf(f, 'n'),
          claimIds: listOf(f['claimIds'], (id) => String(id)),
        };
      }),
    };
  });
  const byRelation = new Map(found.map((r) => [r.rid, r]));
  return relationIds.map((id) => {
    const own = byRelation.get(id);
    return {
      totalCount: own?.total ?? 0,
      items: (own?.sources ?? []).map((s) => ({
        source: sourceOfKey(s.kind, s.key),
        claimCount: s.n,
        claims: s.claimIds.map((claimId) => claims.get(claimId)!),
      })),
    };
  });
}
