import type { ArticleMetadata } from '../../domain/annotation';
import type { Quantity, TimeRange } from '../../domain/claim';
import { isIsoDate } from '../../domain/dates';
import { InvalidInputError } from '../../domain/errors';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function checkArticleMetadata(article: ArticleMetadata): void {
  if (article.title.trim() === '') throw new InvalidInputError('The article title is empty.');
  if (!/^[a-z]{2,3}$/.test(article.language)) {
    throw new InvalidInputError(
      `The article language "${article.language}" is not an ISO 639 code such as "fr" or "en".`,
    );
  }
  if (!ISO_DATE_TIME.test(article.publishedAt) || !isIsoDate(article.publishedAt.slice(0, 10))) {
    throw new InvalidInputError(
      `publishedAt "${article.publishedAt}" is not an ISO 8601 date such as 2024-12-17 or 2024-12-17T08:00:00Z.`,
    );
  }
}

export function checkQuantity(quantity: Quantity | null, sentence: string): Quantity | null {
  if (quantity === null) return null;
  const where = `in the claim of sentence "${sentence.slice(0, 80)}"`;
  if (quantity.min === null && quantity.max === null) {
    throw new InvalidInputError(`A quantity needs a min or a max ${where}.`);
  }
  for (const bound of [quantity.min, quantity.max]) {
    if (bound !== null && (!Number.isFinite(bound) || bound < 0)) {
      throw new InvalidInputError(
        `The quantity bound ${bound} is not a non-negative number ${where}.`,
      );
    }
  }
  if (quantity.min !== null && quantity.max !== null && quantity.min > quantity.max) {
    throw new InvalidInputError(
      `The quantity min ${quantity.min} exceeds its max ${quantity.max} ${where}.`,
    );
  }
  if (quantity.unit.trim() === '') throw new InvalidInputError(`A quantity needs a unit ${where}.`);
  return quantity;
}

export function checkTimeRange(time: TimeRange | null, sentence: string): TimeRange | null {
  if (time === null) return null;
  const where = `in the claim of sentence "${sentence.slice(0, 80)}"`;
  for (const end of [time.from, time.to]) {
    if (end !== null && !isIsoDate(end)) {
      throw new InvalidInputError(
        `The date "${end}" is not an ISO date such as 2024-12-17 ${where}.`,
      );
    }
  }
  if (time.from === null && time.to === null) {
    throw new InvalidInputError(`A time range needs a from or a to date ${where}.`);
  }
  if (time.from !== null && time.to !== null && time.from > time.to) {
    throw new InvalidInputError(
      `The time range starts (${time.from}) after it ends (${time.to}) ${where}.`,
    );
  }
  return time;
}
