import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much lower than the request thread background threads run, in nice steps. */
const NICENESS_BELOW_REQUESTS = 10;
/** The lowest priority Linux has. */
const LOWEST = 19;

/**
 * Lowers the calling thread's CPU priority below the request thread's, so
 * that under heavy query load the thread that answers /health/live and
 * does admission control is scheduled first. Linux gives each thread its
 * own nice value, addressed by its thread id (read from /proc/thread-self);
 * elsewhere, or where lowering is refused, this does nothing.
 */
export function lowerThreadPriority(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId)) return;
    setPriority(threadId, Math.min(LOWEST, getPriority(threadId) + NICENESS_BELOW_REQUESTS));
  } catch {
    // Not Linux, or not allowed: the thread keeps its priority.
  }
}
