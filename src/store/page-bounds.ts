import { InvalidInputError } from '../domain/errors';
import type { PageRequest } from './graph-store';

/**
 * The last position a page may reach. No list kg serves comes near it, and
 * Neo4j indexes lists with 32-bit integers ("Expected an integer between
 * -2147483648 and 2147483647"), so a page must end within them.
 */
export const MAX_PAGE_END = 2_147_483_647;

/**
 * The refusal, at the port boundary of every store, of a page that is not
 * two whole non-negative numbers ending by MAX_PAGE_END (such a page can
 * only come from a forged cursor or a caller's mistake); undefined for a
 * good page. Stores reject with it rather than throw.
 */
export function pageError(page: PageRequest): InvalidInputError | undefined {
  const { first, offset } = page;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (whole(first) && whole(offset) && offset + first <= MAX_PAGE_END) return undefined;
  return new InvalidInputError(
    `The page (first ${first}, offset ${offset}) is out of range: both must be whole numbers from 0, ending by position ${MAX_PAGE_END}. Page from a cursor this server gave out.`,
    { first, offset },
  );
}

/** The refusal of an export page size that is not a whole number from 1 to MAX_PAGE_END. */
export function exportLimitError(limit: number): InvalidInputError | undefined {
  if (Number.isSafeInteger(limit) && limit >= 1 && limit <= MAX_PAGE_END) return undefined;
  return new InvalidInputError(
    `The export page size ${limit} is out of range: give a whole number from 1 to ${MAX_PAGE_END}.`,
    { limit },
  );
}
