import { InvalidInputError } from '../domain/errors';

/** Hard caps that keep one request from costing the server a fortune. */
export const LIMITS = {
  pageSize: 100,
  defaultPageSize: 20,
  searchTextLength: 200,
  neighborhoodDepth: 3,
  neighborhoodNodes: 500,
  defaultNeighborhoodNodes: 100,
  pathHops: 4,
  paths: 20,
  /** Parser tokens per document (Apollo's parseOptions.maxTokens). */
  queryTokens: 5000,
  queryDepth: 12,
} as const;

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
