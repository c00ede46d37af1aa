import type { ArticleBatch } from '../../domain/article-batch';
import type { Entity } from '../../domain/entity';
import { NotFoundError } from '../../domain/errors';
import type { ChangeStamp } from '../../domain/change';
import type { RetractResult } from '../../domain/retraction';
import { claimEntityIds, retractionChange } from '../../domain/retraction';
import { keepingClaimCounts } from './neo4j-kind-counts';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { CHANGE_PROJECTION, recordChange, toChange } from './neo4j-curation';
import { getArticles, getEntities, mentionsOfArticles } from './neo4j-read';
import { CLAIM_PROJECTION, toClaim } from './neo4j-records';
import { previousRelations, recomputeRelations } from './neo4j-relation-write';

async function lastRetraction(tx: Runner, articleId: string): Promise<RetractResult | null> {
  const [row] = await run(tx, {
    text: `MATCH (:ChangeTarget {id: $id})<-[:CHANGED]-(c:Change {action: 'RETRACT_ARTICLE'})
      RETURN ${CHANGE_PROJECTION} AS change ORDER BY c.at DESC, c.id DESC LIMIT 1`,
    params: { id: articleId },
  });
  return row ? { retracted: false, change: toChange(row['change']) } : null;
}

/** The article's write lock first (as upsertArticle takes it), so concurrent writers of it queue. */
async function lockArticle(tx: Runner, articleId: string): Promise<boolean> {
  const rows = await run(tx, {
    text: 'MATCH (a:Article {id: $id}) SET a.batchHash = a.batchHash RETURN a.id AS id',
    params: { id: articleId },
  });
  return rows.length > 0;
}

async function storedArticle(tx: Runner, articleId: string) {
  const [article] = await getArticles(tx, [articleId]);
  if (!article) return null;
  const [mentions = []] = await mentionsOfArticles(tx, [articleId]);
  const rows = await run(tx, {
    text: `MATCH (a:Article {id: $id})<-[:STATED_IN]-(c:Claim|RejectedClaim)
      RETURN ${CLAIM_PROJECTION} AS claim ORDER BY c.sentenceStart, c.id`,
    params: { id: articleId },
  });
  return { article, mentions, claims: rows.map((row) => toClaim(row['claim'])) };
}

/**
 * Neo4jGraphStore.retractArticle's work, inside the caller's write
 * transaction, which may run twice: it reads before it writes.
 */
export async function retractArticle(
  tx: Runner,
  articleId: string,
  stamp: ChangeStamp,
): Promise<RetractResult> {
  if (!(await lockArticle(tx, articleId))) {
    const earlier = await lastRetraction(tx, articleId);
    if (earlier) return earlier;
    throw new NotFoundError('article', articleId);
  }
  const stored = await storedArticle(tx, articleId);
  if (!stored) throw new NotFoundError('article', articleId);
  const named = [
    ...new Set([
      ...stored.mentions.map((m) => m.entityId),
      ...stored.claims.flatMap(claimEntityIds),
    ]),
  ].sort();
  const candidates = (await getEntities(tx, named)).filter(
    (entity): entity is Entity => entity !== null && entity.candidate === true,
  );
  const dropped = await keepingClaimCounts(tx, { articleIds: [articleId] }, async () => {
    const relations = await previousRelations(tx, [articleId]);
    await run(tx, {
      text: `MATCH (a:Article {id: $id})
        OPTIONAL MATCH (a)<-[:STATED_IN|IN_ARTICLE]-(x)
        DETACH DELETE x, a`,
      params: { id: articleId },
    });
    await recomputeRelations(tx, relations);
    const [row] = await run(tx, {
      text: `UNWIND $ids AS id
        MATCH (e:Entity {id: id})
        WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Mention) } AND NOT EXISTS { (e)<--(:Claim|RejectedClaim) }
        OPTIONAL MATCH (n:EntityName)-[:NAMES]->(e)
        WITH e, collect(n) AS names
        FOREACH (n IN names | DETACH DELETE n)
        WITH e, e.id AS id
        DETACH DELETE e
        RETURN collect(id) AS dropped`,
      params: { ids: candidates.map((entity) => entity.id) },
    });
    return new Set((row?.['dropped'] ?? []) as string[]);
  });
  const before: ArticleBatch = {
    ...stored,
    entities: candidates.filter((entity) => dropped.has(entity.id)),
  };
  const change = retractionChange(stamp, before);
  await recordChange(tx, change);
  return { retracted: true, change };
}
