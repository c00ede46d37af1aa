import type { SourceKind } from './evidence';
import { countIndependentSources, sourceKeyOf, sourceOfKey } from './evidence';

/**
 * How many first claims of each source a relation's summary keeps: the
 * most `Relation.sources(claimsEach)` can ask for.
 */
export const SOURCE_CLAIMS_KEPT = 20;

/** One claim of a relation as its source summary reads it. */
export interface SourcedClaim {
  readonly claimId: string;
  /** The claim's source (domain/evidence.ts claimSource) as kind and key. */
  readonly kind: SourceKind;
  readonly key: string;
  readonly sentenceKey: string;
  readonly agencyId: string | null;
}

/** One distinct source of a relation, with its first claims. */
export interface SummarisedSource {
  readonly kind: SourceKind;
  readonly key: string;
  readonly claimCount: number;
  /** The first SOURCE_CLAIMS_KEPT claim ids, in claim order. */
  readonly firstClaimIds: readonly string[];
}

/**
 * What a store keeps with a relation, rebuilt with it, so that a dashboard
 * reading the sources of many relations reads a few rows each, not every
 * claim: its independent sources (domain/evidence.ts) and its distinct
 * sources, most claims first, ties by kind then key.
 */
export interface SourceSummary {
  readonly independentSources: number;
  readonly sources: readonly SummarisedSource[];
}

/** Summarises one relation's claims, given in claim order (article date, article, position, id). */
export function summariseSources(claims: readonly SourcedClaim[]): SourceSummary {
  // Most relations hold one claim: one source, one story (a bulk import summarises thousands).
  if (claims.length === 1) {
    const [{ kind, key, claimId }] = claims as [SourcedClaim];
    return {
      independentSources: 1,
      sources: [{ kind, key, claimCount: 1, firstClaimIds: [claimId] }],
    };
  }
  const bySource = new Map<string, { kind: SourceKind; key: string; ids: string[] }>();
  for (const claim of claims) {
    const id = sourceKeyOf(sourceOfKey(claim.kind, claim.key));
    const entry = bySource.get(id) ?? { kind: claim.kind, key: claim.key, ids: [] };
    entry.ids.push(claim.claimId);
    bySource.set(id, entry);
  }
  const sources = [...bySource.values()]
    .map((s) => ({
      kind: s.kind,
      key: s.key,
      claimCount: s.ids.length,
      firstClaimIds: s.ids.slice(0, SOURCE_CLAIMS_KEPT),
    }))
    .sort(
      (a, b) =>
        b.claimCount - a.claimCount || compareText(a.kind, b.kind) || compareText(a.key, b.key),
    );
  const independentSources = countIndependentSources(
    claims.map((claim) => ({
      source: sourceKeyOf(sourceOfKey(claim.kind, claim.key)),
      sentenceKey: claim.sentenceKey,
      speakerId: claim.kind === 'SPEAKER' ? claim.key : null,
      agencyId: claim.agencyId,
    })),
  );
  return { independentSources, sources };
}

/** Plain code-unit order, as SQLite's BINARY collation and Cypher order ASCII keys. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
