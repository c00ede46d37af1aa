import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { roleIdsFromRelationships } from './neo4j-claim-role-ids';
import { CLAIM_KEYS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';

/**
 * A claim's place in the order of every claim list (neo4j-claims.ts
 * CLAIM_ORDER: its article's publication, the article's id, the sentence's
 * start, the claim's id) as one string, kept on the claim as
 * `publishedOrder`. Ordering by it is ordering by the four: the parts are
 * joined by a space, which sorts below every character they may hold (a
 * checked ISO 8601 publication, `article:` and `claim:` ids of hex digits),
 * and the start is written with a fixed number of digits (10^10 plus it, so
 * eleven while it is below 9 * 10^10). A composite range index on the
 * predicate (and modality) and this key gives the first claims of a filter
 * in order, stopping at the page's end, where ordering by the article reads
 * every matching claim's article and sorts them all (schema/neo4j/021).
 * Computed by Cypher wherever it is set, so that there is one definition.
 */
export function publishedOrderOf(claim: string, article: string): string {
  return `${article}.publishedAt + ' ' + ${article}.id + ' ' + toString(10000000000 + ${claim}.sentenceStart) + ' ' + ${claim}.id`;
}

/**
 * Gives the keys claim pages seek to the claims (judged WRONG or not)
 * written before they were kept: the place in article-date order and the
 * entity of each role (neo4j-claim-role-ids.ts), in transactions of
 * FILL_BATCH (`CALL { ... } IN TRANSACTIONS`, auto-commit only). Every claim
 * has a subject, so a claim without `subjectId` lacks its roles' ids. Once
 * (`upgradeOnce`): every write sets both keys since (a claim's creation,
 * neo4j-write.ts; a merge or unmerge re-pointing its roles, neo4j-merge.ts;
 * the neo4j-admin CSV, export/neo4j-csv.ts; a verdict relabels the node and
 * keeps them; an article written again, with a new date, writes its claims
 * anew), so a start on a filled graph reads one node, not every claim.
 */
export async function fillClaimKeys(session: Runner): Promise<void> {
  await upgradeOnce(session, CLAIM_KEYS_UPGRADE, async () => {
    await run(session, {
      text: `MATCH (c:Claim|RejectedClaim) WHERE c.publishedOrder IS NULL OR c.subjectId IS NULL
CALL (c) {
  MATCH (c)-[:STATED_IN]->(a:Article)
  SET c.publishedOrder = ${publishedOrderOf('c', 'a')}, ${roleIdsFromRelationships('c')}
} IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  });
}

/**
 * The same key computed outside Neo4j, for the CSV export (export/neo4j-csv.ts):
 * Cypher's toString of an integer prints its digits as JavaScript's String does.
 */
export function publishedOrderString(
  publishedAt: string,
  articleId: string,
  sentenceStart: number,
  claimId: string,
): string {
  return `${publishedAt} ${articleId} ${String(10_000_000_000 + sentenceStart)} ${claimId}`;
}
