import type { Article } from './article';
import type { Claim } from './claim';
import type { Entity } from './entity';
import { InvalidInputError } from './errors';
import type { Mention } from './mention';

/** Everything one article adds to the graph; stores write it in one transaction. */
export interface ArticleBatch {
  readonly article: Article;
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly claims: readonly Claim[];
}

/**
 * The batch without its ingestion time: what a store fingerprints to tell
 * an unchanged re-import. A batch without `ingestedAt` gives the same JSON
 * as before ingestion times existed, so stored fingerprints stay valid.
 */
export function batchContent(batch: ArticleBatch): ArticleBatch {
  const { ingestedAt, ...article } = batch.article;
  void ingestedAt;
  return { ...batch, article };
}

/**
 * The time a store records for a write: the batch's own ingestion time
 * (an import keeping it), as an ISO 8601 UTC date-time, else `now`.
 */
export function ingestionTime(batch: ArticleBatch, now: Date): string {
  const given = batch.article.ingestedAt;
  if (given === undefined) return now.toISOString();
  const time = new Date(given);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(given) || Number.isNaN(time.getTime())) {
    throw new InvalidInputError(
      `The article's ingestedAt "${given.slice(0, 40)}" is not an ISO 8601 date-time such as 2024-12-17T08:00:00Z; leave it out to stamp the time of the write.`,
      { ingestedAt: given },
    );
  }
  return time.toISOString();
}
