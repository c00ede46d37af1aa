import type { Claim } from '../../domain/claim';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { roleIdsFromRelationships } from './neo4j-claim-role-ids';
import { CLAIM_PERIODS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';

/**
 * A claim's period, kept on the claim (schema/neo4j/025): its own time, else
 * its article's day of publication, as the period filter has always read
 * it. `periodStart` is its `timeFrom`, else its `timeTo`, else that day;
 * `periodEnd` the other way round; `longPeriodEnd` is the end again, only on
 * a claim whose period ends after it starts, the one kind that can meet a
 * period while ending after it (neo4j-claims-in-period.ts). An article
 * written again has its claims written anew, so the day never goes stale.
 */
export interface ClaimPeriod {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly longPeriodEnd: string | null;
}

/** The SET list giving the claim `c` its period, from its times and its article `a`. */
export function claimPeriodOf(c: string, a: string): string {
  const day = `left(${a}.publishedAt, 10)`;
  return [
    `${c}.periodStart = coalesce(${c}.timeFrom, ${c}.timeTo, ${day})`,
    `${c}.periodEnd = coalesce(${c}.timeTo, ${c}.timeFrom, ${day})`,
    `${c}.longPeriodEnd = CASE WHEN ${c}.timeFrom < ${c}.timeTo THEN ${c}.timeTo END`,
  ].join(', ');
}

/** The same period computed outside Neo4j, for the CSV export (export/neo4j-csv.ts). */
export function claimPeriod(claim: Claim, publishedAt: string): ClaimPeriod {
  const day = publishedAt.slice(0, 10);
  const [from, to] = [claim.time?.from ?? null, claim.time?.to ?? null];
  return {
    periodStart: from ?? to ?? day,
    periodEnd: to ?? from ?? day,
    longPeriodEnd: from !== null && to !== null && from < to ? to : null,
  };
}

/**
 * Gives the claims (judged WRONG or not) written before periods were kept
 * their period and the place's and item's ids (with the other roles', read
 * again from the relationships), in transactions of FILL_BATCH. Once
 * (`upgradeOnce`): every write sets them since (neo4j-write.ts; a merge or
 * unmerge re-points the roles, neo4j-merge.ts; the CSV export; a verdict
 * relabels the node and keeps them).
 */
export async function fillClaimPeriods(session: Runner): Promise<void> {
  await upgradeOnce(session, CLAIM_PERIODS_UPGRADE, async () => {
    await run(session, {
      text: `MATCH (c:Claim|RejectedClaim) WHERE c.periodEnd IS NULL
CALL (c) {
  MATCH (c)-[:STATED_IN]->(a:Article)
  SET ${claimPeriodOf('c', 'a')}, ${roleIdsFromRelationships('c')}
} IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  });
}
