import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';

/**
 * One-time data upgrades, each recorded when done by a `:StoreUpgrade` node
 * of its name (schema/neo4j/019: the name is unique, so replicas starting
 * at once record it once), so that a start on an upgraded graph reads one
 * node instead of looking for what lacks the upgrade.
 */

/** Relations counted while a copy could join two named speakers, recounted (neo4j-evidence-backfill.ts). */
export const JOINED_SPEAKERS_UPGRADE = 'independent-sources-by-speaker';

/** Claims given the keys their pages seek (neo4j-claim-order.ts `fillClaimKeys`). */
export const CLAIM_KEYS_UPGRADE = 'claim-keys';

/** Claims given their period and their place's and item's ids (neo4j-claim-periods.ts `fillClaimPeriods`). */
export const CLAIM_PERIODS_UPGRADE = 'claim-periods';

/** Entities given the heads of their names (neo4j-name-heads.ts `fillNameHeads`). */
export const NAME_HEADS_UPGRADE = 'name-heads';

/** Entities given their degree and its rank (neo4j-entity-degrees.ts `fillDegrees`). */
export const DEGREES_UPGRADE = 'entity-degrees';

/** Relations given their claim and strength ranks (neo4j-ranks.ts `fillRelationRanks`). */
export const RELATION_RANKS_UPGRADE = 'relation-ranks';

/** Relations given their ends' strength keys (neo4j-strength-keys.ts `fillStrengthKeys`). */
export const STRENGTH_KEYS_UPGRADE = 'relation-strength-keys';

/** Entities' claims in any role counted (neo4j-entity-claim-counts.ts `fillEntityClaimCounts`). */
export const ENTITY_CLAIM_COUNTS_UPGRADE = 'entity-claim-counts';

/** Entities' claims in any role counted per predicate (neo4j-entity-claim-counts.ts `fillEntityClaimCounts`). */
export const ENTITY_PREDICATE_CLAIM_COUNTS_UPGRADE = 'entity-predicate-claim-counts';

/** Claims flagged contested or not, and the contested ones counted (neo4j-contested-claims.ts `fillContestedClaims`). */
export const CONTESTED_CLAIMS_UPGRADE = 'claim-contested';

/** The contested claims counted per predicate (neo4j-contested-claims.ts `fillContestedClaims`). */
export const CONTESTED_PREDICATE_CLAIM_COUNTS_UPGRADE = 'contested-predicate-claim-counts';

/** Claims counted per start of their period (neo4j-claim-period-counts.ts `fillClaimPeriodCounts`). */
export const CLAIM_PERIOD_COUNTS_UPGRADE = 'claim-period-counts';

/**
 * Issue 9's properties given to what was stored before them: articles'
 * ingestion times, claims' sentence words, relations' stance and source
 * counts (neo4j-evidence-backfill.ts `backfillEvidence`).
 */
export const EVIDENCE_UPGRADE = 'evidence-properties';

/**
 * Every one-time upgrade: a graph the store writes from scratch, or
 * `kg export --format neo4j-csv` builds, holds them all, since it is
 * written by the current rules.
 */
export const STORE_UPGRADES: readonly string[] = [
  JOINED_SPEAKERS_UPGRADE,
  CLAIM_KEYS_UPGRADE,
  CLAIM_PERIODS_UPGRADE,
  NAME_HEADS_UPGRADE,
  DEGREES_UPGRADE,
  RELATION_RANKS_UPGRADE,
  STRENGTH_KEYS_UPGRADE,
  EVIDENCE_UPGRADE,
  ENTITY_CLAIM_COUNTS_UPGRADE,
  ENTITY_PREDICATE_CLAIM_COUNTS_UPGRADE,
  CONTESTED_CLAIMS_UPGRADE,
  CONTESTED_PREDICATE_CLAIM_COUNTS_UPGRADE,
  CLAIM_PERIOD_COUNTS_UPGRADE,
];

/**
 * Runs `upgrade` unless the graph records it done, then records it. The
 * upgrade must be safe to run twice: two replicas may both find it undone.
 */
export async function upgradeOnce(
  runner: Runner,
  name: string,
  upgrade: () => Promise<void>,
): Promise<void> {
  const [done] = await run(runner, {
    text: 'OPTIONAL MATCH (u:StoreUpgrade {name: $name}) RETURN u IS NOT NULL AS done',
    params: { name },
  });
  if (done?.['done'] === true) return;
  await upgrade();
  await run(runner, { text: 'MERGE (:StoreUpgrade {name: $name})', params: { name } });
}
