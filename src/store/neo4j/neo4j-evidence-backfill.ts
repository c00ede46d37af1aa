import { ALL_RELATIONS } from './neo4j-vocabulary';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { text, textOrNull } from './neo4j-records';
import { recomputeRelations, relationKeyOf } from './neo4j-relation-write';
import { searchName } from './neo4j-search-text';

/**
 * Brings data written before issue 9 up to date, in one transaction after
 * the schema is applied; each step finds only what lacks its property, so
 * on an up-to-date graph it reads three empty answers. Articles get the
 * time of this run as their ingestion time (they were stored no later);
 * claims get the words of their sentence for the full-text index;
 * relations are rebuilt to get their stance, source counts and source
 * summaries (those stored before :SourceSummary have no sourceCount).
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
  await recomputeRelations(
    tx,
    stale.map((row) =>
      relationKeyOf({
        subjectId: text(row, 'subjectId'),
        predicate: text(row, 'predicate'),
        objectId: textOrNull(row, 'objectId'),
        objectValue: textOrNull(row, 'objectValue'),
      }),
    ),
  );
}
