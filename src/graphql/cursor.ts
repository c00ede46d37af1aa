import { InvalidInputError } from '../domain/errors';
import type { TimeOrder } from '../store/graph-store';
import { LIMITS } from './limits';

/**
 * Cursors are opaque to clients: base64 of the offset behind the item. The
 * stores page by offset, and every list has a total order, so an offset is
 * a stable position. A list that can be ordered in several ways (claims,
 * articles) writes its order into the cursor too: the same offset in
 * another order is another item, so such a cursor is refused there rather
 * than silently read as that item.
 */
const PREFIX = 'kg:o:';

/** `kg:o:<offset>`, or `kg:o:<ORDER>:<offset>` for a list read in a chosen order. */
const CURSOR = /^kg:o:(?:([A-Z_]{1,40}):)?(\d{1,10})$/u;

export function encodeCursor(offset: number, order?: TimeOrder): string {
  const body = order === undefined ? `${offset}` : `${order}:${offset}`;
  return Buffer.from(`${PREFIX}${body}`, 'utf8').toString('base64url');
}

/**
 * The offset of the first item after the cursor passed as `argument`; 0
 * without one. A cursor given out for a list in one order is refused by
 * the same list in another (`order`) and by lists without a chosen order;
 * one without an order is an offset in any list.
 */
export function offsetAfter(
  cursor: string | null | undefined,
  order?: TimeOrder,
  argument: 'after' | 'before' = 'after',
): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = Number(match?.[2]);
  const shown = cursor.slice(0, 40);
  if (!match || offset > LIMITS.cursorOffset) {
    throw new InvalidInputError(
      `The cursor "${shown}" is not one this server gave out; pass an endCursor or cursor from a previous page.`,
      { argument },
    );
  }
  const given = match[1];
  if (given !== undefined && given !== order) {
    throw new InvalidInputError(
      order === undefined
        ? `The cursor "${shown}" was given out for a list ordered by ${given}, not for this one; pass a cursor from this list's own pages.`
        : `The cursor "${shown}" was given out for this list ordered by ${given}; ask in that order to go on from it, or start again without a cursor.`,
      { argument, order: given },
    );
  }
  return offset + 1;
}
