import { encodeCursor } from '../../src/graphql/cursor';
import { postGraphql } from '../support/test-server';

/** What an attack must not change: the graph's totals. */
export async function graphTotals(url: string): Promise<unknown> {
  const response = await postGraphql(url, '{ stats { articles entities claims relations } }');
  expect(response.errors).toBeUndefined();
  return response.data;
}

/** The liveness probe, from a fresh connection. */
export async function liveStatus(url: string): Promise<number> {
  const response = await fetch(new URL('/health/live', url), { headers: { connection: 'close' } });
  await response.arrayBuffer();
  return response.status;
}

export interface RawAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
}

/** A POST with whatever body and headers an attacker chooses. */
export async function rawPost(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<RawAnswer> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  };
}

/** A cursor as this server encodes them, for any offset, even one it never gave out. */
export const cursorAt = (offset: number): string => encodeCursor(offset);

/** `count` copies of `make(i)`, joined by spaces. */
export const repeat = (count: number, make: (i: number) => string): string =>
  Array.from({ length: count }, (_, i) => make(i)).join(' ');
