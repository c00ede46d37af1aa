import { setTimeout as sleep } from 'node:timers/promises';
import { retryReason } from './neo4j-errors';

/**
 * How long a write keeps trying. Conflicts (deadlocks between ingests that
 * share a hub entity, lock waits) clear as soon as the other writer
 * commits, so they get a long budget; an unreachable server gets the same
 * short one as reads, so that requests fail fast while it is down.
 */
export interface RetryPolicy {
  readonly conflictBudgetMs: number;
  readonly unreachableBudgetMs: number;
  /** The first pause's ceiling; it doubles with each attempt up to `maxDelayMs`. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const WRITE_RETRY: RetryPolicy = {
  conflictBudgetMs: 30_000,
  unreachableBudgetMs: 2_000,
  firstDelayMs: 25,
  maxDelayMs: 1_000,
};

export interface RetryClock {
  now(): number;
  random(): number;
  sleep(ms: number): Promise<void>;
}

const SYSTEM_CLOCK: RetryClock = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms) => sleep(ms),
};

/**
 * Runs `attempt` until it succeeds, fails for a reason retrying cannot
 * help, or its reason's budget is spent; then rethrows the last error.
 * Pauses are "full jitter" (a random time up to a doubling ceiling, AWS
 * Architecture Blog, "Exponential Backoff and Jitter"), so writers that
 * collided do not collide again in step. `attempt` must be safe to run
 * twice: each run is a whole transaction, rolled back when it fails.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = WRITE_RETRY,
  clock: RetryClock = SYSTEM_CLOCK,
): Promise<T> {
  const started = clock.now();
  for (let retries = 0; ; retries++) {
    try {
      return await attempt();
    } catch (error) {
      const reason = retryReason(error);
      if (reason === null) throw error;
      const budget = reason === 'conflict' ? policy.conflictBudgetMs : policy.unreachableBudgetMs;
      const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** retries);
      const pause = clock.random() * ceiling;
      if (clock.now() - started + pause > budget) throw error;
      await clock.sleep(pause);
    }
  }
}
