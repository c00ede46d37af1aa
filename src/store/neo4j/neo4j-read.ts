import type { Article } from '../../domain/article';
import type { Entity } from '../../domain/entity';
import type { Mention } from '../../domain/mention';
import type { Page, PageRequest } from '../graph-store';
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

export function listArticles(tx: Runner, page: PageRequest): Promise<Page<Article>> {
  return pageOf(
    tx,
    page,
    {
      match: 'MATCH (a:Article)',
      carry: 'a',
      order: 'a.publishedAt DESC, a.id',
      projection: ARTICLE_PROJECTION,
    },
    toArticle,
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
