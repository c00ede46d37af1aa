import { ALL_RELATIONS } from './neo4j-vocabulary';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { text } from './neo4j-records';
import { recomputeRelations, relationKeysOfRows } from './neo4j-relation-write';
import { searchName } from './neo4j-search-text';

/**
 * Brings data written before issue 9 up to date, in one transaction after
 * the schema is applied; each step finds only what lacks its property, so
 * on an up-to-date graph it reads three empty answers and one
 * :StoreUpgrade node. Articles get the
 * time of this run as their ingestion time (they were stored no later);
 * claims get the words of their sentence for the full-text index;
 * relations are rebuilt to get their stance, source counts and source
 * summaries (those stored before :SourceSummary have no sourceCount);
 * relations counted while a copy could join two named speakers are
 * counted again, once (recountJoinedSpeakers).
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
  await recountJoinedSpeakers(tx);
}

/** Marks a graph whose relations were counted with two speakers of one sentence as two sources. */
const JOINED_SPEAKERS_UPGRADE = 'independent-sources-by-speaker';

/**
 * Every one-time upgrade a `:StoreUpgrade` node records: a graph the store
 * writes from scratch, or `kg export --format neo4j-csv` builds, holds them
 * all, since it is written by the current rules.
 */
export const STORE_UPGRADES: readonly string[] = [JOINED_SPEAKERS_UPGRADE];

/**
 * Relations counted before a copy stopped joining two named speakers
 * (domain/evidence.ts), as the SQLite store's migration 022: those with a
 * sentence, or an agency's claims, naming two speakers or more are rebuilt,
 * once; a `:StoreUpgrade` node records that it was done, so a start reads
 * one node. Only relations of two claims or more can change, and each is
 * read on its own, so the read holds one relation's claims at a time.
 */
async function recountJoinedSpeakers(tx: Runner): Promise<void> {
  const [done] = await run(tx, {
    text: 'OPTIONAL MATCH (u:StoreUpgrade {name: $name}) RETURN u IS NOT NULL AS done',
    params: { name: JOINED_SPEAKERS_UPGRADE },
  });
  if (done?.['done'] === true) return;
  const shared = await run(tx, {
    text: `MATCH (s:Entity)-[r:${ALL_RELATIONS}]->(o) WHERE r.claimCount > 1
CALL (r) {
  MATCH (c:Claim {relationId: r.id})-[:ATTRIBUTED_TO]->(x)
  WITH c, x.id AS speaker, head([(c)-[:REPORTED_BY]->(a) | a.id]) AS agency
  WITH collect({words: c.sentenceWords, agency: agency, speaker: speaker}) AS said
  RETURN any(p IN said WHERE any(q IN said WHERE q.speaker <> p.speaker
    AND (q.words = p.words OR (p.agency IS NOT NULL AND q.agency = p.agency)))) AS joined
}
WITH s, r, o WHERE joined
RETURN s.id AS subjectId, type(r) AS predicate, o.id AS objectId, r.objectValue AS objectValue`,
    params: {},
  });
  await recomputeRelations(tx, relationKeysOfRows(shared));
  await run(tx, {
    text: 'MERGE (:StoreUpgrade {name: $name})',
    params: { name: JOINED_SPEAKERS_UPGRADE },
  });
}
