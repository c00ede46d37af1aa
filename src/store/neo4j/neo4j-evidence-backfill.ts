import { ALL_RELATIONS } from './neo4j-vocabulary';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { text } from './neo4j-records';
import { recomputeRelations, relationKeysOfRows } from './neo4j-relation-write';
import { searchName } from './neo4j-search-text';

/**
 * Brings data written before issue 9 up to date, in one transaction after
 * the schema is applied; each step finds only what lacks its property, so
 * on an up-to-date graph it reads three empty answers. Articles get the
 * time of this run as their ingestion time (they were stored no later);
 * claims get the words of their sentence for the full-text index;
 * relations are rebuilt to get their stance, source counts and source
 * summaries (those stored before :SourceSummary have no sourceCount);
 * relations counted before two speakers of one sentence were two sources
 * are counted again, once (recountSharedSentences).
 */
export async function backfillEvidence(tx: Runner): Promise<void> {
  await run(tx, {
    text: 'MATCH (a:Article) WHERE a.ingestedAt IS NULL SET a.ingestedAt = $now',
    params: { now: new Date().toISOString() },
  });
  const claims = await run(tx, {
    text: 'MATCH (c:Claim) WHERE c.sentenceWords IS NULL RETURN c.id AS id, c.sentence AS sentence',
    params: {},
  });
  if (claims.length > 0) {
    await run(tx, {
      text: 'UNWIND $rows AS row MATCH (c:Claim {id: row.id}) SET c.sentenceWords = row.words',
      params: {
        rows: claims.map((row) => ({
          id: text(row, 'id'),
          words: searchName(text(row, 'sentence')),
        })),
      },
    });
  }
  const stale = await run(tx, {
    text: `MATCH (s:Entity)-[r:${ALL_RELATIONS}]->(o) WHERE r.independentSources IS NULL OR r.sourceCount IS NULL
RETURN s.id AS subjectId, type(r) AS predicate, o.id AS objectId, r.objectValue AS objectValue`,
    params: {},
  });
  await recomputeRelations(tx, relationKeysOfRows(stale));
  await recountSharedSentences(tx);
}

/** Marks a graph whose relations were counted with two speakers of one sentence as two sources. */
const SHARED_SENTENCES_UPGRADE = 'independent-sources-by-speaker';

/**
 * Every one-time upgrade a `:StoreUpgrade` node records: a graph the store
 * writes from scratch, or `kg export --format neo4j-csv` builds, holds them
 * all, since it is written by the current rules.
 */
export const STORE_UPGRADES: readonly string[] = [SHARED_SENTENCES_UPGRADE];

/**
 * Relations counted before two speakers of one sentence were two
 * independent sources (domain/evidence.ts), as the SQLite store's
 * migration 022: those whose claims share a sentence with different
 * speakers, or with a speaker and none, are rebuilt, once; a
 * `:StoreUpgrade` node records that it was done, so a start reads one node.
 */
async function recountSharedSentences(tx: Runner): Promise<void> {
  const [done] = await run(tx, {
    text: 'OPTIONAL MATCH (u:StoreUpgrade {name: $name}) RETURN u IS NOT NULL AS done',
    params: { name: SHARED_SENTENCES_UPGRADE },
  });
  if (done?.['done'] === true) return;
  const shared = await run(tx, {
    text: `MATCH (c:Claim)
WITH c.relationId AS id, c.sentenceWords AS words,
  count(DISTINCT coalesce(head([(c)-[:ATTRIBUTED_TO]->(x) | x.id]), '')) AS speakers
WHERE speakers > 1
WITH DISTINCT id
MATCH (s:Entity)-[r:${ALL_RELATIONS} {id: id}]->(o)
RETURN s.id AS subjectId, type(r) AS predicate, o.id AS objectId, r.objectValue AS objectValue`,
    params: {},
  });
  await recomputeRelations(tx, relationKeysOfRows(shared));
  await run(tx, {
    text: 'MERGE (:StoreUpgrade {name: $name})',
    params: { name: SHARED_SENTENCES_UPGRADE },
  });
}
