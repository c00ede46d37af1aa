import neo4j from 'neo4j-driver';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { isEquivalentSchemaRule } from './neo4j-errors';
import { schemaRuleName, schemaStatements } from './neo4j-migrations';
import { countOf, text } from './neo4j-records';
import type { Neo4jTransactions } from './neo4j-transactions';

/**
 * The unique constraints a bulk load (neo4j-bulk-load.ts) drops with the
 * indexes that back none: its transactions CREATE every claim and mention
 * (the store held none, and staging refused a file naming one id twice),
 * never seek one by id, and each constraint's index entry and check cost
 * part of every commit, where creating the constraint on the stored nodes
 * at the end is one pass. The constraints of articles and entities stay:
 * the load's writes seek and lock those by id.
 */
const DROPPED_CONSTRAINTS = new Set(['claim_id', 'mention_id']);

/**
 * The indexes the end's relation rebuild reads by (claims of a relation,
 * neo4j-relation-write.ts and neo4j-contested-claims.ts), created before
 * it; every other one is created after the rebuild and the counts, whose
 * writes would otherwise add to them entry by entry.
 */
const REBUILD_INDEXES = new Set(['claim_relation_id', 'rejected_claim_relation_order']);

/** Polls of an index population, and how long one may go without progress before it fails. */
const POLL_MS = 250;
const STALLED_MS = 10 * 60_000;

/**
 * Drops the schema's indexes that back no constraint, and the constraints
 * of DROPPED_CONSTRAINTS: a claim's creation otherwise writes an entry in
 * each of its thirteen indexes, a relation's in each of its type's five,
 * within the load's transactions, where Neo4j builds a new index from the
 * stored nodes in one pass. They are created again when the load ends
 * (createLoadRules); a store whose load stopped before gets them on its
 * next start (applySchema creates whatever is missing).
 */
export async function dropLoadRules(session: Runner): Promise<void> {
  const ours = new Set(schemaStatements().map(schemaRuleName));
  const indexes = await run(session, {
    text: 'SHOW INDEXES YIELD name, owningConstraint WHERE owningConstraint IS NULL RETURN name',
    params: {},
  });
  for (const name of indexes.map((row) => text(row, 'name')).filter((name) => ours.has(name)))
    // A name of the schema's files (\w+, checked by schemaRuleName), not input.
    await run(session, { text: `DROP INDEX ${name} IF EXISTS`, params: {} });
  for (const name of DROPPED_CONSTRAINTS)
    await run(session, { text: `DROP CONSTRAINT ${name} IF EXISTS`, params: {} });
}

/** The indexes the end's relation rebuild reads by, created and awaited before it. */
export function createRebuildIndexes(transactions: Neo4jTransactions): Promise<void> {
  return createLoadRules(transactions, (statement) =>
    REBUILD_INDEXES.has(schemaRuleName(statement)),
  );
}

/**
 * Creates the schema's rules that do not exist (of those `only` keeps) in
 * one transaction, so that Neo4j populates every new index of a label in one
 * scan of its nodes rather than one scan per index (measured on the scale
 * bench's 100k graph: its 58 node indexes 11 CPU-s rather than 15), and
 * waits until all are online (awaitPopulations).
 */
export async function createLoadRules(
  transactions: Neo4jTransactions,
  only: (statement: string) => boolean = () => true,
): Promise<void> {
  const existing = await transactions.autoCommit(neo4j.session.READ, async (session) => {
    const constraints = await run(session, { text: 'SHOW CONSTRAINTS YIELD name', params: {} });
    const indexes = await run(session, { text: 'SHOW INDEXES YIELD name', params: {} });
    return new Set([...constraints, ...indexes].map((row) => text(row, 'name')));
  });
  const missing = schemaStatements()
    .filter(only)
    .filter((statement) => !existing.has(schemaRuleName(statement)));
  try {
    await transactions.write(async (tx) => {
      for (const statement of missing) await run(tx, { text: statement, params: {} });
    });
  } catch (error) {
    // Another process (a service's start) created one of them meanwhile: one at a time then.
    if (!isEquivalentSchemaRule(error)) throw error;
    await transactions.autoCommit(neo4j.session.WRITE, async (session) => {
      for (const statement of missing)
        await run(session, { text: statement, params: {} }).catch((failure: unknown) => {
          if (!isEquivalentSchemaRule(failure)) throw failure;
        });
    });
  }
  await transactions.autoCommit(neo4j.session.READ, awaitPopulations);
}

/**
 * Waits until every index is online, for as long as their populations
 * progress: `db.awaitIndexes` takes one bound in seconds, which a fixed
 * figure either makes too short for a million claims on a busy machine or
 * too long to notice a population that stopped.
 */
async function awaitPopulations(session: Runner): Promise<void> {
  let least = Infinity;
  let progressedAt = Date.now();
  for (;;) {
    const rows = await run(session, {
      text: `SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE'
RETURN name, state, toInteger(populationPercent * 100) AS done`,
      params: {},
    });
    if (rows.length === 0) return;
    const failed = rows.find((row) => text(row, 'state') === 'FAILED');
    if (failed)
      throw new Error(
        `Neo4j failed to build the index ${text(failed, 'name')}: SHOW INDEXES says why (failureMessage).`,
      );
    // Hundredths of a percent still to populate, over every index not online.
    const left = rows.reduce((sum, row) => sum + 10_000 - countOf(row, 'done'), 0);
    if (left < least) [least, progressedAt] = [left, Date.now()];
    else if (Date.now() - progressedAt > STALLED_MS)
      throw new Error(
        `Neo4j's index population stopped progressing for ${STALLED_MS / 60_000} minutes: ${rows.map((row) => text(row, 'name')).join(', ')}.`,
      );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
