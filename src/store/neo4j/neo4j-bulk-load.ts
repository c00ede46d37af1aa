import type { Entity } from '../../domain/entity';
import { createDayCounts } from './neo4j-claim-day-counts';
import {
  createEntityClaimCounts,
  ENTITY_CLAIM_COUNT,
  ENTITY_PREDICATE_CLAIM_COUNT,
} from './neo4j-entity-claim-counts';
import { FILL_BATCH, integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { fillKindCounts } from './neo4j-kind-counts';
import { countOf } from './neo4j-records';
import { createLoadRules, createRebuildIndexes, dropLoadRules } from './neo4j-bulk-load-schema';
import { setConnectedDegrees } from './neo4j-entity-degrees';
import { recomputeRelations, relationKeysOfRows } from './neo4j-relation-write';
import { CONTESTED_CLAIM_COUNT, CONTESTED_PREDICATE_CLAIM_COUNT } from './neo4j-contested-claims';
import { CLAIM_PERIOD_COUNT, createClaimPeriodCounts } from './neo4j-claim-period-counts';
import {
  CLAIM_INGESTED_DAY_COUNT,
  createClaimIngestedDayCounts,
} from './neo4j-claim-ingested-day-counts';
import type { Neo4jTransactions } from './neo4j-transactions';
import { ALL_RELATIONS } from './neo4j-vocabulary';
import neo4j from 'neo4j-driver';
import { hostname } from 'node:os';

/**
 * A bulk load (`kg import`) into a Neo4j store holding nothing: no article,
 * entity, merge or verdict. Its transactions write articles, entities,
 * mentions and claims only; what the store derives from claims (relations
 * with their source summaries and the degrees of their ends, the counts per
 * day and per kind) is built once when the load ends, rather than rebuilt
 * by every transaction from every claim of the relations it touches (a
 * hub's relations by nearly every transaction) and counted before and
 * after each one. Until then a `:UnfinishedBulkLoad` node says so: reads
 * meanwhile find claims without relations, and a load that stopped before
 * its end (killed, Neo4j gone) is finished by the next opening of the store
 * (neo4j-stopped-bulk-load.ts) or taken up by the next `kg import` into the
 * store, whatever its file, either building everything again from the claims.
 */
export const UNFINISHED_BULK_LOAD = 'UnfinishedBulkLoad';

/**
 * Claims whose relations one transaction of the final rebuild takes: the
 * transactions of `kg import` hold about as many (its CLAIMS_PER_TRANSACTION),
 * and this fits the project's default heap.
 */
const REBUILD_CLAIMS = 2_000;

/** The counts kept on nodes of their own (neo4j-count-nodes.ts), rebuilt when the load ends. */
const COUNT_LABELS = [
  'ClaimDayCount',
  'ClaimKindCount',
  'RelationKindCount',
  'ArticleKindCount',
  ENTITY_CLAIM_COUNT,
  ENTITY_PREDICATE_CLAIM_COUNT,
  CONTESTED_CLAIM_COUNT,
  CONTESTED_PREDICATE_CLAIM_COUNT,
  CLAIM_PERIOD_COUNT,
  CLAIM_INGESTED_DAY_COUNT,
];

/**
 * Whether a load may be written in bulk, and if so marks the store as
 * loading (`:UnfinishedBulkLoad`): a store holding nothing that a bulk load
 * could not rebuild from its claims, or one whose bulk load did not finish.
 * Node counts by label come from Neo4j's count store.
 */
export async function startBulkLoad(session: Runner): Promise<boolean> {
  const [row] = await run(session, {
    text: `CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (m:MergedEntity) RETURN count(m) AS merges }
CALL () { MATCH (r:ClaimReview) RETURN count(r) AS verdicts }
CALL () { MATCH (u:${UNFINISHED_BULK_LOAD}) RETURN count(u) AS unfinished }
RETURN articles + entities + merges + verdicts AS stored, unfinished`,
    params: {},
  });
  if (countOf(row, 'stored') > 0 && countOf(row, 'unfinished') === 0) return false;
  // The loader's machine and process, so that a store opened meanwhile leaves a running load to
  // it and finishes a stopped one (neo4j-stopped-bulk-load.ts); a load taken up is this one's.
  await run(session, {
    text: `MERGE (u:${UNFINISHED_BULK_LOAD}) ON CREATE SET u.startedAt = $now
SET u.host = $host, u.pid = $pid, u.token = null`,
    params: { now: new Date().toISOString(), host: hostname(), pid: integer(process.pid) },
  });
  await dropLoadRules(session);
  return true;
}

/**
 * Entities a bulk load has written in a committed transaction, by object:
 * `kg import` gives the same entity object to every article naming it
 * while its cache holds it, so each is written about once per load rather
 * than once per transaction naming it (writing it again changes nothing).
 */
export class LoadedEntities {
  private readonly written = new WeakSet<Entity>();

  unwritten(entities: readonly Entity[]): Entity[] {
    return entities.filter((entity) => !this.written.has(entity));
  }

  /** Called once the transaction that wrote them has committed. */
  committed(entities: readonly Entity[]): void {
    for (const entity of entities) this.written.add(entity);
  }
}

/** Deletes what the load builds again: every relation, source summary, value and count. */
async function clearDerived(session: Runner): Promise<void> {
  const inBatches = (match: string, action: string) =>
    run(session, {
      text: `${match} CALL (x) { ${action} } IN TRANSACTIONS OF ${FILL_BATCH} ROWS`,
      params: {},
    });
  await inBatches(`MATCH ()-[x:${ALL_RELATIONS}]->()`, 'DELETE x');
  await inBatches('MATCH (x:SourceSummary|Value)', 'DETACH DELETE x');
  await inBatches(`MATCH (x:${COUNT_LABELS.join('|')})`, 'DELETE x');
  // What keepDegrees leaves on an entity whose relations are all gone.
  await inBatches(
    'MATCH (x:Entity) WHERE x.degree IS NOT NULL',
    'SET x.degree = 0, x.degreeRank = null',
  );
}

/**
 * The relations of the claims after relation id `after`, up to REBUILD_CLAIMS
 * claims, in relation id order (the claim_relation_id index's): each relation
 * once, named as a rebuild takes it.
 */
async function relationsAfter(tx: Runner, after: string) {
  const rows = await run(tx, {
    text: `MATCH (c:Claim) WHERE c.relationId > $after
WITH c ORDER BY c.relationId LIMIT $claims
RETURN DISTINCT c.relationId AS id, c.subjectId AS subjectId, c.predicate AS predicate,
  c.objectId AS objectId, c.objectValue AS objectValue`,
    params: { after, claims: integer(REBUILD_CLAIMS) },
  });
  return { keys: relationKeysOfRows(rows), last: rows.at(-1)?.['id'] as string | undefined };
}

/**
 * Ends a bulk load: builds every relation from its claims, a page of
 * relations per transaction (recomputeRelations, as any write rebuilds
 * them, so that the graph is the one writing article by article builds),
 * the degrees of their ends once, then every count from the rows it counts
 * (createDayCounts, createEntityClaimCounts, fillKindCounts as on a start
 * after neo4j-admin), then the indexes and constraints the load dropped, and
 * removes the mark. `progress` is told each step as it starts: at a million
 * claims the whole takes minutes.
 */
export async function finishBulkLoad(
  transactions: Neo4jTransactions,
  progress: (line: string) => void = () => undefined,
): Promise<void> {
  progress('  every relation from its claims');
  await transactions.autoCommit(neo4j.session.WRITE, clearDerived);
  await createRebuildIndexes(transactions);
  for (let after = ''; ;) {
    const last = await transactions.write(async (tx) => {
      const { keys, last } = await relationsAfter(tx, after);
      // clearDerived deleted every relation, and fillKindCounts counts them afterwards; a hub
      // is at the end of relations of nearly every page, its degree counted once below.
      await recomputeRelations(tx, keys, { fresh: true, degreesLater: true });
      return last;
    });
    if (last === undefined) break;
    after = last;
  }
  progress(
    '  the degrees of the entities, the counts per day, per entity (and predicate), per start of a period and per day of storage',
  );
  await transactions.autoCommit(neo4j.session.WRITE, setConnectedDegrees);
  await createDayCounts(transactions);
  await createEntityClaimCounts(transactions);
  await createClaimPeriodCounts(transactions);
  await createClaimIngestedDayCounts(transactions);
  progress('  the indexes and constraints, and the counts per kind');
  await createLoadRules(transactions);
  await transactions.autoCommit(neo4j.session.WRITE, async (session) => {
    await fillKindCounts(session);
    await run(session, { text: `MATCH (u:${UNFINISHED_BULK_LOAD}) DELETE u`, params: {} });
  });
}
