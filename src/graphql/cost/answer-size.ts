/**
 * Whether `value` written as JSON would take more than `maxBytes` bytes:
 * UTF-8 bytes of strings and keys plus punctuation (escapes aside). It
 * stops as soon as the total passes the cap, so a huge answer is refused
 * without ever being serialised.
 */
export function jsonExceeds(value: unknown, maxBytes: number): boolean {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') total += Buffer.byteLength(next) + 2;
    else if (Array.isArray(next)) {
      total += 1 + next.length;
      for (const item of next) pending.push(item);
    } else if (next !== null && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        total += Buffer.byteLength(key) + 4;
        pending.push(item);
      }
      total += 2;
    } else total += String(next).length;
    if (total > maxBytes) return true;
  }
  return false;
}
