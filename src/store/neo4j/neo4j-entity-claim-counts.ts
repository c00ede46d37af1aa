import neo4j from 'neo4j-driver';
import { createCounts } from './neo4j-count-nodes';
import type { CountChange, SelectedCounts } from './neo4j-count-nodes';
import { FILL_BATCH, run } from './neo4j-cypher';
import type { Fields } from './neo4j-cypher';
import { countOf, text } from './neo4j-records';
import {
  ENTITY_CLAIM_COUNTS_UPGRADE,
  ENTITY_PREDICATE_CLAIM_COUNTS_UPGRADE,
  upgradeOnce,
} from './neo4j-store-upgrades';
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
 * The same claims per entity and predicate (migration 031): the total of an
 * entity's claims of some predicates, the counts of its predicates summed
 * (each claim has one), where the general match read every claim of the
 * entity. Key: the entity's id and the predicate, as a JSON array.
 */
export const ENTITY_PREDICATE_CLAIM_COUNT = 'EntityPredicateClaimCount';

/** The key of an entity's count of one predicate's claims. */
export function entityPredicateKey(entityId: string, predicate: string): string {
  return JSON.stringify([entityId, predicate]);
}

function entityPredicateClaimCountOf(row: Fields): CountChange {
  return {
    key: entityPredicateKey(text(row, 'entityId'), text(row, 'predicate')),
    fields: {},
    n: countOf(row, 'n'),
  };
}

/** The entities' counts per predicate a write of claims keeps (`keepingSelectedCounts`). */
export const ENTITY_PREDICATE_CLAIM_COUNTS: SelectedCounts = {
  label: ENTITY_PREDICATE_CLAIM_COUNT,
  grouping: (selectedClaims) => `${selectedClaims}
MATCH (c)-[:${ANY_ROLE}]->(e:Entity)
WITH DISTINCT c, e
RETURN e.id AS entityId, c.predicate AS predicate, count(*) AS n`,
  changeOf: entityPredicateClaimCountOf,
};

/**
 * Creates the counts on `labels` (ENTITY_CLAIM_COUNT, ENTITY_PREDICATE_CLAIM_COUNT) where none
 * exists (a bulk load's end, or the first start of a graph written before them, its counts
 * deleted first), both from one read, entity by entity and predicate by predicate, as a stream
 * (an entity's rows come together), and written FILL_BATCH at a time, each batch in an
 * auto-commit transaction of its own.
 */
export async function createEntityClaimCounts(
  transactions: Neo4jTransactions,
  labels: readonly string[] = [ENTITY_CLAIM_COUNT, ENTITY_PREDICATE_CLAIM_COUNT],
): Promise<void> {
  const pending = new Map<string, CountChange[]>(labels.map((label) => [label, []]));
  const write = (label: string, counts: readonly CountChange[]) =>
    transactions.autoCommit(neo4j.session.WRITE, (tx) => createCounts(tx, label, counts));
  const add = async (label: string, count: CountChange) => {
    const counts = pending.get(label);
    if (counts === undefined) return;
    counts.push(count);
    if (counts.length < FILL_BATCH) return;
    pending.set(label, []);
    await write(label, counts);
  };
  await transactions.autoCommit(neo4j.session.READ, async (read) => {
    let entity: { key: string; n: number } | null = null;
    const perPredicate = `MATCH (e:Entity)
CALL (e) {
  MATCH (e)<-[:${ANY_ROLE}]-(c:Claim)
  WITH DISTINCT c
  RETURN c.predicate AS predicate, count(*) AS n
}
RETURN e.id AS entityId, predicate, n`;
    for await (const record of read.run(perPredicate)) {
      const row = record.toObject();
      const entityId = text(row, 'entityId');
      if (entity !== null && entity.key !== entityId)
        await add(ENTITY_CLAIM_COUNT, { ...entity, fields: {} });
      if (entity === null || entity.key !== entityId) entity = { key: entityId, n: 0 };
      entity.n += countOf(row, 'n');
      await add(ENTITY_PREDICATE_CLAIM_COUNT, entityPredicateClaimCountOf(row));
    }
    if (entity !== null) await add(ENTITY_CLAIM_COUNT, { ...entity, fields: {} });
  });
  for (const [label, counts] of pending) await write(label, counts);
}

/** Deletes every count on `label`, FILL_BATCH per transaction, and creates them again. */
async function recountEntities(transactions: Neo4jTransactions, label: string): Promise<void> {
  await transactions.autoCommit(neo4j.session.WRITE, (session) =>
    run(session, {
      text: `MATCH (d:${label}) CALL (d) { DELETE d } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    }),
  );
  await createEntityClaimCounts(transactions, [label]);
}

/**
 * Counts every entity's claims once on a graph written before the counts
 * were kept (`upgradeOnce`; the neo4j-admin CSV holds them, export/neo4j-csv.ts),
 * and per predicate on a graph written before those (migration 031).
 */
export async function fillEntityClaimCounts(transactions: Neo4jTransactions): Promise<void> {
  for (const [upgrade, label] of [
    [ENTITY_CLAIM_COUNTS_UPGRADE, ENTITY_CLAIM_COUNT],
    [ENTITY_PREDICATE_CLAIM_COUNTS_UPGRADE, ENTITY_PREDICATE_CLAIM_COUNT],
  ] as const)
    await transactions.autoCommit(neo4j.session.WRITE, (session) =>
      upgradeOnce(session, upgrade, () => recountEntities(transactions, label)),
    );
}
