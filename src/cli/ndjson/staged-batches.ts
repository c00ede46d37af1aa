import type { Article } from '../../domain/article';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { InvalidInputError } from '../../domain/errors';
import type { Mention } from '../../domain/mention';
import type { SqliteStaging } from '../../store/sqlite/sqlite-staging';
import type { GraphRecord } from './graph-ndjson';
import { articleBatch } from './graph-ndjson';

/**
 * Puts a record where `stagedBatches` finds it: articles, mentions and
 * claims under their article's id, entities by id. `text` is the record's
 * line, kept as read. Returns what is wrong with a record that names no
 * id, without staging it, or null.
 */
export function stageRecord(
  staging: SqliteStaging,
  record: GraphRecord,
  text: string,
  lineNumber: number,
): string | null {
  const key = record.type === 'mention' || record.type === 'claim' ? 'articleId' : 'id';
  const value = (record.data as unknown as Record<string, unknown>)[key];
  if (typeof value !== 'string' || value === '')
    return `Line ${lineNumber} is a ${record.type} without its "${key}".`;
  if (record.type === 'entity') staging.addById(value, text);
  else staging.addToGroup(value, { kind: record.type, json: text });
  return null;
}

/**
 * One batch per staged article, in article id order, holding one article's
 * lines at a time: memory stays flat whatever the size of the file.
 */
export function* stagedBatches(staging: SqliteStaging): Generator<ArticleBatch> {
  const entityById = (id: string): Entity | undefined => {
    const json = staging.byId(id);
    return json === null ? undefined : (JSON.parse(json) as { data: Entity }).data;
  };
  for (const { group, lines } of staging.groups()) {
    let article: Article | null = null;
    const mentions: Mention[] = [];
    const claims: Claim[] = [];
    for (const line of lines) {
      const { data } = JSON.parse(line.json) as { data: unknown };
      if (line.kind === 'article') article = data as Article;
      else if (line.kind === 'mention') mentions.push(data as Mention);
      else claims.push(data as Claim);
    }
    if (!article)
      throw new InvalidInputError(
        `The file has mentions or claims of article ${group} but not the article.`,
      );
    yield articleBatch(article, mentions, claims, entityById);
  }
}
