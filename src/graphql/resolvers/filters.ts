import { InvalidInputError } from '../../domain/errors';
import { isIsoDate } from '../../domain/dates';

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
