import neo4j from 'neo4j-driver';
import { createCounts } from './neo4j-count-nodes';
import type { CountChange, SelectedCounts } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Fields } from './neo4j-cypher';
import { countOf, text } from './neo4j-records';
import { ENTITY_CLAIM_COUNTS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';
import type { Neo4jTransactions } from './neo4j-transactions';
import { ANY_ROLE } from './neo4j-vocabulary';

/**
 * The claims not judged WRONG naming each entity in any role, each claim
 * once (migration 026), as the SQLite store's entity_claim_counts: the total
 * of `claims(filter: { entityId })`, where the degree store counts a claim
 * naming the entity in two roles (a side speaking of itself) twice, and
 * counting the claims themselves read a hub's 117,356 at a million claims.
 * One :EntityClaimCount per entity, its key the entity's id; kept with the
 * other counts of claims by every write that changes claims
 * (neo4j-kind-counts.ts `keepingClaimCounts`), created by a bulk load's
 * end, and counted once on the start of a graph written before.
 */
export const ENTITY_CLAIM_COUNT = 'EntityClaimCount';

/** The claims `c` counted per entity they name, each claim once per entity. */
function claimsByEntity(selectedClaims: string): string {
  return `${selectedClaims}
MATCH (c)-[:${ANY_ROLE}]->(e:Entity)
WITH DISTINCT c, e
RETURN e.id AS entityId, count(*) AS n`;
}

function entityClaimCountOf(row: Fields): CountChange {
  return { key: text(row, 'entityId'), fields: {}, n: countOf(row, 'n') };
}

/** The entities' counts a write of claims keeps (`keepingSelectedCounts`). */
export const ENTITY_CLAIM_COUNTS: SelectedCounts = {
  label: ENTITY_CLAIM_COUNT,
  grouping: claimsByEntity,
  changeOf: entityClaimCountOf,
};

/**
 * Creates every entity's count where none exists (a bulk load's end, or
 * the first start of a graph written before them, its counts deleted
 * first), read entity by entity as a stream and written FILL_BATCH at a
 * time, each batch in an auto-commit transaction of its own.
 */
export async function createEntityClaimCounts(transactions: Neo4jTransactions): Promise<void> {
  const flush = (counts: CountChange[]) =>
    transactions.autoCommit(neo4j.session.WRITE, (tx) =>
      createCounts(tx, ENTITY_CLAIM_COUNT, counts),
    );
  await transactions.autoCommit(neo4j.session.READ, async (read) => {
    let counts: CountChange[] = [];
    const perEntity = `MATCH (e:Entity)
CALL (e) { MATCH (e)<-[:${ANY_ROLE}]-(c:Claim) RETURN count(DISTINCT c) AS n }
WITH e, n WHERE n > 0
RETURN e.id AS entityId, n`;
    for await (const record of read.run(perEntity)) {
      counts.push(entityClaimCountOf(record.toObject()));
      if (counts.length === FILL_BATCH) {
        await flush(counts);
        counts = [];
      }
    }
    await flush(counts);
  });
}

/**
 * Counts every entity's claims once on a graph written before the counts
 * were kept (`upgradeOnce`; the neo4j-admin CSV holds them, export/neo4j-csv.ts).
 */
export async function fillEntityClaimCounts(transactions: Neo4jTransactions): Promise<void> {
  await transactions.autoCommit(neo4j.session.WRITE, (session) =>
    upgradeOnce(session, ENTITY_CLAIM_COUNTS_UPGRADE, async () => {
      await run(session, {
        text: `MATCH (d:${ENTITY_CLAIM_COUNT}) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
        params: {},
      });
      await createEntityClaimCounts(transactions);
    }),
  );
}
