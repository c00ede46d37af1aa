import { InvalidInputError } from '../../domain/errors';
import { isIsoDate } from '../../domain/dates';
import type { ClaimFilter } from '../inputs/claim-filter.input';
import { LIMITS } from '../limits';

type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

/** GraphQL gives null for an omitted nullable field; the store port wants it absent. */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  ) as WithoutNulls<T>;
}

export function checkDate(name: string, value: string | undefined): void {
  if (value !== undefined && !isIsoDate(value)) {
    throw new InvalidInputError(
      `${name} must be an ISO date such as 2024-12-17; got "${value.slice(0, 40)}".`,
      {
        argument: name,
      },
    );
  }
}

/** An ISO 8601 date-time such as 2024-12-17T08:00:00Z, as the stores compare it: UTC, milliseconds. */
export function checkDateTime(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time.getTime())) {
    throw new InvalidInputError(
      `${name} must be an ISO 8601 date-time such as 2024-12-17T08:00:00Z; got "${value.slice(0, 40)}".`,
      { argument: name },
    );
  }
  return time.toISOString();
}

/** A claim filter from GraphQL, checked, as the store port takes it. */
export function claimFilter(filter: ClaimFilter | null) {
  const clean = withoutNulls(filter ?? {});
  checkDate('from', clean.from);
  checkDate('to', clean.to);
  if (clean.text !== undefined && clean.text.length > LIMITS.searchTextLength) {
    throw new InvalidInputError(
      `The text filter has ${clean.text.length} characters; at most ${LIMITS.searchTextLength} are allowed.`,
      { argument: 'text' },
    );
  }
  return { ...clean, ingestedAfter: checkDateTime('ingestedAfter', clean.ingestedAfter) };
}
