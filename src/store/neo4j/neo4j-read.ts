import type { Article } from '../../domain/article';
import type { Entity } from '../../domain/entity';
import type { Mention } from '../../domain/mention';
import type { ArticleQuery, Page, PageRequest, TimeOrder } from '../graph-store';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import {
  ARTICLE_PROJECTION,
  ENTITY_PROJECTION,
  MENTION_PROJECTION,
  toArticle,
  toEntity,
  toMention,
} from './neo4j-records';
import { column, inOrderOf, pageOf, pagesByGroup } from './neo4j-paging';

/** Articles, entities and mentions: reads by id and the lists under them. */

export async function getArticles(tx: Runner, ids: readonly string[]): Promise<(Article | null)[]> {
  const rows = await run(tx, {
    text: `MATCH (a:Article) WHERE a.id IN $ids RETURN ${ARTICLE_PROJECTION} AS article`,
    params: { ids },
  });
  return inOrderOf(ids, column(rows, 'article', toArticle));
}

const ARTICLE_ORDERS: Readonly<Record<TimeOrder, string>> = {
  PUBLISHED_ASC: 'a.publishedAt, a.id',
  PUBLISHED_DESC: 'a.publishedAt DESC, a.id',
  INGESTED_ASC: 'a.ingestedAt, a.id',
  INGESTED_DESC: 'a.ingestedAt DESC, a.id',
};

export function listArticles(
  tx: Runner,
  page: PageRequest,
  query: ArticleQuery = {},
): Promise<Page<Article>> {
  const after = query.ingestedAfter !== undefined;
  return pageOf(
    tx,
    page,
    {
      match: after ? 'MATCH (a:Article) WHERE a.ingestedAt > $after' : 'MATCH (a:Article)',
      carry: 'a',
      order: ARTICLE_ORDERS[query.order ?? 'PUBLISHED_DESC'],
      projection: ARTICLE_PROJECTION,
    },
    toArticle,
    after ? { after: query.ingestedAfter } : {},
  );
}

export async function getEntities(tx: Runner, ids: readonly string[]): Promise<(Entity | null)[]> {
  const rows = await run(tx, {
    text: `MATCH (e:Entity) WHERE e.id IN $ids RETURN ${ENTITY_PROJECTION} AS entity`,
    params: { ids },
  });
  return inOrderOf(ids, column(rows, 'entity', toEntity));
}

export async function mentionsOfArticles(
  tx: Runner,
  articleIds: readonly string[],
): Promise<Mention[][]> {
  const rows = await run(tx, {
    text: `MATCH (a:Article)<-[:IN_ARTICLE]-(m:Mention)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids
RETURN ${MENTION_PROJECTION} AS mention ORDER BY m.spanStart, m.id`,
    params: { ids: articleIds },
  });
  const mentions = column(rows, 'mention', toMention);
  return articleIds.map((id) => mentions.filter((m) => m.articleId === id));
}

export function mentionsOfEntities(
  tx: Runner,
  entityIds: readonly string[],
  page: PageRequest,
): Promise<Page<Mention>[]> {
  return pagesByGroup(
    tx,
    entityIds.map((key) => ({ key })),
    page,
    {
      match: 'MATCH (e:Entity {id: g.key})<-[:MENTIONS]-(m:Mention)-[:IN_ARTICLE]->(a:Article)',
      carry: 'm, a, e',
      order: 'a.publishedAt, a.id, m.spanStart, m.id',
      projection: MENTION_PROJECTION,
    },
    toMention,
  );
}
