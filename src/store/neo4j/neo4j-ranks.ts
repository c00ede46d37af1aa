import { FILL_BATCH, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { RELATION_RANKS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';
import { ALL_RELATIONS } from './neo4j-vocabulary';

/**
 * A count and an id as one string that sorts most first, ties by id:
 * 10^10 - 1 less the count (ten digits while the count is below 9 * 10^9),
 * then the id. A range index on it gives the first items of a ranking in
 * order, stopping at the page's end, where an index on the count leaves
 * every tie of the last count to read and sort (20,000 relations of one
 * claim, 10,000 entities of degree 2 in the dashboard bench). Computed by
 * Cypher wherever it is set, so that there is one definition.
 */
export function rankOf(count: string, id: string): string {
  return `toString(9999999999 - ${count}) + ' ' + ${id}`;
}

/** A relationship `r`'s place among the relations, most claims first (neo4j-top-relations.ts). */
export function claimRankOf(r: string): string {
  return rankOf(`${r}.claimCount`, `${r}.id`);
}

/**
 * A relationship `r`'s strength as the port ranks walks' edges (graph-store.ts
 * `neighborhood`): most independent sources, then most claims, then the
 * smallest id. A neighbourhood's hop ranks every edge of its frontier by
 * it, and one property read per edge costs about a third fewer database
 * hits than the three it is made of (PROFILE of the scale bench's hub).
 */
export function strengthRankOf(r: string): string {
  return rankOf(`${r}.independentSources`, claimRankOf(r));
}

/**
 * Gives ranks to the relations written before they were kept, in
 * transactions of FILL_BATCH (`CALL { ... } IN TRANSACTIONS`, auto-commit
 * only). A relation stored before its independent sources were counted
 * gets no strength rank here: backfillEvidence rebuilds it, ranks included.
 * Once (`upgradeOnce`): the one writer of relations sets both ranks with
 * the counts they are made of (neo4j-relation-write.ts `create`, behind
 * every rebuild: ingest, import, verdict, merge, unmerge, retraction), and
 * the neo4j-admin CSV writes them (export/neo4j-csv.ts), so a start on a
 * ranked graph reads one node, not every relationship (about 2.4 million
 * database hits at 100k claims).
 */
export async function fillRelationRanks(session: Runner): Promise<void> {
  await upgradeOnce(session, RELATION_RANKS_UPGRADE, async () => {
    await run(session, {
      text: `MATCH ()-[r:${ALL_RELATIONS}]->() WHERE r.claimRank IS NULL OR r.strengthRank IS NULL
CALL (r) {
  SET r.claimRank = ${claimRankOf('r')}, r.strengthRank = ${strengthRankOf('r')}
} IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  });
}

/**
 * The same rank computed outside Neo4j, for the CSV export (export/neo4j-csv.ts): Cypher's
 * toString of an integer prints its digits as JavaScript's String does. The CSV import test
 * compares both routes' graphs property for property.
 */
export function rankString(count: number, id: string): string {
  return `${String(9999999999 - count)} ${id}`;
}

/** strengthRankOf computed outside Neo4j, for the CSV export. */
export function strengthRankString(relation: {
  readonly independentSources: number;
  readonly claimCount: number;
  readonly id: string;
}): string {
  return rankString(relation.independentSources, rankString(relation.claimCount, relation.id));
}
