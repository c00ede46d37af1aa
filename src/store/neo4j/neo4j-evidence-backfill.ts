import { ALL_RELATIONS } from './neo4j-vocabulary';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { text } from './neo4j-records';
import { recomputeRelations, relationKeysOfRows } from './neo4j-relation-write';
import { searchName } from './neo4j-search-text';
import { EVIDENCE_UPGRADE, JOINED_SPEAKERS_UPGRADE, upgradeOnce } from './neo4j-store-upgrades';

/**
 * Brings data written before issue 9 up to date, in one transaction after
 * the schema is applied, each upgrade once (`upgradeOnce`), so that on an
 * up-to-date graph it reads two :StoreUpgrade nodes. Articles get the
 * time of this run as their ingestion time (they were stored no later);
 * claims get the words of their sentence for the full-text index;
 * relations are rebuilt to get their stance, source counts and source
 * summaries (those stored before :SourceSummary have no sourceCount);
 * relations counted while a copy could join two named speakers are
 * counted again (recountJoinedSpeakers).
 */
export async function backfillEvidence(tx: Runner): Promise<void> {
  await upgradeOnce(tx, EVIDENCE_UPGRADE, () => addEvidenceProperties(tx));
  await recountJoinedSpeakers(tx);
}

/**
 * Issue 9's properties, given to what lacks them. Every write since sets
 * them: an article's write its ingestion time (neo4j-write.ts, for a new
 * article and one written again), a claim's creation its sentence words
 * (writeClaims; a verdict relabels the node and a merge re-points its roles,
 * both keeping them), the one writer of relations their stance and both
 * source counts (neo4j-relation-write.ts `create`), and the neo4j-admin CSV
 * all three (export/neo4j-csv.ts); so they are looked for once, as a scan
 * of every article, claim and relation costs about 600,000 database hits
 * at 100k claims.
 */
async function addEvidenceProperties(tx: Runner): Promise<void> {
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
}

/**
 * Relations counted before a copy stopped joining two named speakers
 * (domain/evidence.ts), as the SQLite store's migration 022: those with a
 * sentence, or an agency's claims, naming two speakers or more are rebuilt,
 * once (`upgradeOnce`). Only relations of two claims or more can change,
 * and each is read on its own, so the read holds one relation's claims at a
 * time.
 */
async function recountJoinedSpeakers(tx: Runner): Promise<void> {
  await upgradeOnce(tx, JOINED_SPEAKERS_UPGRADE, async () => {
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
  });
}
