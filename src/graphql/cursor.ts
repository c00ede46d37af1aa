import { InvalidInputError } from '../domain/errors';
import { LIMITS } from './limits';

/**
 * Cursors are opaque to clients: base64 of the offset behind the item. The
 * stores page by offset, and every list has a total order, so an offset is
 * a stable position.
 */
const PREFIX = 'kg:o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset of the first item after the cursor; 0 without one. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(PREFIX.length));
  const valid = /^\d{1,10}$/.test(decoded.slice(PREFIX.length)) && offset <= LIMITS.cursorOffset;
  if (!decoded.startsWith(PREFIX) || !valid) {
    throw new InvalidInputError(
      `The cursor "${after.slice(0, 40)}" is not one this server gave out; pass an endCursor or cursor from a previous page.`,
      { argument: 'after' },
    );
  }
  return offset + 1;
}
