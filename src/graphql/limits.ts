import { InvalidInputError } from '../domain/errors';
import { SOURCE_CLAIMS_KEPT } from '../domain/source-summary';

const PAGE_SIZE = 100;

/** Hard caps that keep one request from costing the server a fortune. */
export const LIMITS = {
  pageSize: PAGE_SIZE,
  defaultPageSize: 20,
  searchTextLength: 200,
  neighborhoodDepth: 3,
  neighborhoodNodes: 500,
  defaultNeighborhoodNodes: 100,
  pathHops: 4,
  defaultSources: 10,
  /** What the stores keep of each source's claims with a relation's summary. */
  claimsPerSource: SOURCE_CLAIMS_KEPT,
  defaultClaimsPerSource: 3,
  timelineBuckets: 1000,
  defaultTimelineBuckets: 100,
  paths: 20,
  /** Parser tokens per document (Apollo's parseOptions.maxTokens). */
  queryTokens: 5000,
  queryDepth: 12,
  /**
   * Checked before graphql-js validation, whose overlapping-fields rule is
   * quadratic in the fields of a selection set: aliased fields per
   * operation, fields gathered into one selection set (fragments expanded),
   * fields in a whole definition once its fragments are expanded.
   */
  aliases: 30,
  fieldsPerSelection: 100,
  fieldsPerDefinition: 1000,
  /** Comparisons of same-named fields the overlapping-fields rule would make (document-shape.ts). */
  fieldComparisons: 5000,
  /**
   * Cursors are offsets, and stores take 32-bit ones (Neo4j's SKIP and LIMIT):
   * the page after the last cursor allowed still ends within 2^31 - 1.
   */
  cursorOffset: 2 ** 31 - 2 - PAGE_SIZE,
} as const;

/** The limits an operator tunes; src/server/config.ts reads them from the environment. */
export interface OperatorLimits {
  /** Most an operation may cost (see cost/estimate-cost.ts); KG_QUERY_BUDGET. */
  readonly queryBudget: number;
  /** Largest JSON answer, in bytes; KG_MAX_RESPONSE_BYTES. */
  readonly maxResponseBytes: number;
  /** Largest article text, in UTF-8 bytes; KG_MAX_ARTICLE_BYTES. */
  readonly maxArticleBytes: number;
}

export const DEFAULT_OPERATOR_LIMITS: OperatorLimits = {
  queryBudget: 10_000,
  maxResponseBytes: 8_000_000,
  maxArticleBytes: 200_000,
};

export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(
      `${name} must be a whole number from ${min} to ${max}; got ${value}.`,
      {
        argument: name,
        value,
      },
    );
  }
  return value;
}

export function pageSize(first: number | null | undefined): number {
  return checkRange('first', first ?? LIMITS.defaultPageSize, 0, LIMITS.pageSize);
}

/** Refuses an article text over the operator's limit before any extraction runs. */
export function checkArticleSize(text: string, maxBytes: number): void {
  const bytes = Buffer.byteLength(text);
  if (bytes > maxBytes) {
    throw new InvalidInputError(
      `The article text has ${bytes} bytes; at most ${maxBytes} are allowed (KG_MAX_ARTICLE_BYTES). Split the article or ask the operator to raise the limit.`,
      { argument: 'text', bytes, maxBytes },
    );
  }
}
