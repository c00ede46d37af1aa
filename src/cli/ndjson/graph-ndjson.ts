import type { Article } from '../../domain/article';
import type { ArticleBatch } from '../../domain/article-batch';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import { InvalidInputError } from '../../domain/errors';
import type { Mention } from '../../domain/mention';
import type { ClaimReview, ReviewedClaim } from '../../domain/review';
import { checkClaimAgainstVocabulary } from '../../domain/vocabulary-check';
import { storeItems } from '../../export/store-pages';
import type { GraphStore } from '../../store/graph-store';

/** An analyst's verdict as a claim line carries it (the claim's id is the line's). */
export type ExportedVerdict = Omit<ClaimReview, 'claimId'>;

/** A claim line: the claim, and its latest verdict when an analyst judged it. */
export type ExportedClaim = Claim & { readonly review?: ExportedVerdict };

/**
 * The export format: one JSON object a line, `{"type": ..., "data": ...}`,
 * articles first, then entities, mentions and claims, each sorted by id. The
 * same graph always gives the same bytes, whichever store it comes from.
 * Claims judged WRONG are there too, flagged by their `review`.
 */
export type GraphRecord =
  | { readonly type: 'article'; readonly data: Article }
  | { readonly type: 'entity'; readonly data: Entity }
  | { readonly type: 'mention'; readonly data: Mention }
  | { readonly type: 'claim'; readonly data: ExportedClaim };

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
  for await (const data of claimsWithVerdicts(store)) {
    counted('claim');
    yield line({ type: 'claim', data });
  }
}

/**
 * Every claim by id, WRONG ones included, each judged one with its verdict:
 * the claims (which leave WRONG ones out) merged with the judged claims,
 * two lists sorted by id read side by side, a page of each at a time.
 */
async function* claimsWithVerdicts(store: GraphStore): AsyncGenerator<ExportedClaim> {
  const judged = storeItems(store, 'reviewedClaims');
  let next = await judged.next();
  for await (const claim of storeItems(store, 'claims')) {
    // Judged claims missing from the claims are the ones judged WRONG.
    while (!next.done && next.value.id < claim.id) {
      yield withVerdict(next.value);
      next = await judged.next();
    }
    if (!next.done && next.value.id === claim.id) {
      yield withVerdict(next.value);
      next = await judged.next();
    } else yield claim;
  }
  for (; !next.done; next = await judged.next()) yield withVerdict(next.value);
}

function withVerdict({ claim, review }: ReviewedClaim): ExportedClaim {
  const { verdict, note, editor, at } = review;
  return { ...claim, review: { verdict, note, editor, at } };
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
 * One article's batch: the article with its mentions and claims, and the
 * entities they name, looked up by `entity` (undefined when the file does
 * not hold it), so that each article imports as `kg ingest` would write it.
 */
export function articleBatch(
  article: Article,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  entityById: (id: string) => Entity | undefined,
): ArticleBatch {
  const entity = (id: string): Entity => {
    const found = entityById(id);
    if (!found)
      throw new InvalidInputError(
        `Article ${article.id} names entity ${id}, which the file does not hold.`,
      );
    return found;
  };
  const ids = new Set<string>([
    ...mentions.map((m) => m.entityId),
    ...claims.flatMap((c) =>
      [c.subjectId, c.objectId, c.locationId, c.itemId, c.attributedToId, c.reportedById].filter(
        (id): id is string => id !== null,
      ),
    ),
  ]);
  for (const claim of claims) {
    checkClaimAgainstVocabulary({
      predicate: claim.predicate,
      subject: entity(claim.subjectId),
      object: claim.objectId === null ? null : entity(claim.objectId),
      sentence: claim.sentence,
    });
  }
  return {
    article,
    entities: [...ids].sort().map(entity),
    mentions,
    claims,
  };
}
