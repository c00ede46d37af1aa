import type { Article } from '../../domain/article';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { InvalidInputError } from '../../domain/errors';
import type { Mention } from '../../domain/mention';
import { checkClaimAgainstVocabulary } from '../../domain/vocabulary-check';
import { storeItems } from '../../export/store-pages';
import type { GraphStore } from '../../store/graph-store';

/**
 * The export format: one JSON object a line, `{"type": ..., "data": ...}`,
 * articles first, then entities, mentions and claims, each sorted by id. The
 * same graph always gives the same bytes, whichever store it comes from.
 */
export type GraphRecord =
  | { readonly type: 'article'; readonly data: Article }
  | { readonly type: 'entity'; readonly data: Entity }
  | { readonly type: 'mention'; readonly data: Mention }
  | { readonly type: 'claim'; readonly data: Claim };

/** The store's graph as export lines, read a page at a time; `counted` hears of each record. */
export async function* graphNdjson(
  store: GraphStore,
  counted: (type: GraphRecord['type']) => void = () => undefined,
): AsyncGenerator<string> {
  for await (const data of storeItems(store, 'articles')) {
    counted('article');
    yield line({ type: 'article', data });
  }
  for await (const data of storeItems(store, 'entities')) {
    counted('entity');
    yield line({ type: 'entity', data });
  }
  for await (const data of storeItems(store, 'mentions')) {
    counted('mention');
    yield line({ type: 'mention', data });
  }
  for await (const data of storeItems(store, 'claims')) {
    counted('claim');
    yield line({ type: 'claim', data });
  }
}

function line(record: GraphRecord): string {
  return `${JSON.stringify(record)}\n`;
}

export function parseRecord(text: string, lineNumber: number): GraphRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`Line ${lineNumber} is not JSON: ${(error as Error).message}`);
  }
  const record = value as Partial<GraphRecord> | null;
  const types = ['article', 'entity', 'mention', 'claim'];
  if (
    !record ||
    typeof record !== 'object' ||
    !types.includes(String(record.type)) ||
    !record.data
  ) {
    throw new InvalidInputError(
      `Line ${lineNumber} is not a kg export record: expected {"type": "article"|"entity"|"mention"|"claim", "data": {...}}.`,
    );
  }
  return record as GraphRecord;
}

/**
 * Regroups records into one batch per article, each with the entities its
 * mentions and claims name, so every article imports in one transaction.
 */
export function recordsToBatches(records: Iterable<GraphRecord>): ArticleBatch[] {
  const articles = new Map<string, Article>();
  const entities = new Map<string, Entity>();
  const mentions = new Map<string, Mention[]>();
  const claims = new Map<string, Claim[]>();
  for (const record of records) {
    switch (record.type) {
      case 'article':
        articles.set(record.data.id, record.data);
        break;
      case 'entity':
        entities.set(record.data.id, record.data);
        break;
      case 'mention':
        mentions.set(record.data.articleId, [
          ...(mentions.get(record.data.articleId) ?? []),
          record.data,
        ]);
        break;
      case 'claim':
        claims.set(record.data.articleId, [
          ...(claims.get(record.data.articleId) ?? []),
          record.data,
        ]);
        break;
    }
  }
  const entity = (id: string, articleId: string): Entity => {
    const found = entities.get(id);
    if (!found)
      throw new InvalidInputError(
        `Article ${articleId} names entity ${id}, which the file does not hold.`,
      );
    return found;
  };
  for (const articleId of [...mentions.keys(), ...claims.keys()]) {
    if (!articles.has(articleId)) {
      throw new InvalidInputError(
        `The file has mentions or claims of article ${articleId} but not the article.`,
      );
    }
  }
  return [...articles.values()].map((article) => {
    const own = { mentions: mentions.get(article.id) ?? [], claims: claims.get(article.id) ?? [] };
    const ids = new Set<string>([
      ...own.mentions.map((m) => m.entityId),
      ...own.claims.flatMap((c) =>
        [c.subjectId, c.objectId, c.locationId, c.itemId, c.attributedToId, c.reportedById].filter(
          (id): id is string => id !== null,
        ),
      ),
    ]);
    for (const claim of own.claims) {
      checkClaimAgainstVocabulary({
        predicate: claim.predicate,
        subject: entity(claim.subjectId, article.id),
        object: claim.objectId === null ? null : entity(claim.objectId, article.id),
        sentence: claim.sentence,
      });
    }
    return {
      article,
      entities: [...ids].sort().map((id) => entity(id, article.id)),
      mentions: own.mentions,
      claims: own.claims,
    };
  });
}
