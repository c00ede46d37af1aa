import { AsyncLocalStorage } from 'node:async_hooks';
import { TimeoutError } from '../domain/errors';

export interface Deadline {
  /** When the store work must be over, in Date.now() milliseconds. */
  readonly at: number;
  /** The configured allowance, for the error message. */
  readonly timeoutMs: number;
}

/**
 * The deadline of the request being served follows it through every await,
 * so each store sees it without the port's signatures carrying it: the
 * server runs a request inside `withDeadline`, and a store asks
 * `timeLeft()` before it starts work. Work started outside a request (the
 * CLI, seeding) has no deadline.
 */
const deadlines = new AsyncLocalStorage<Deadline>();

export function withDeadline<T>(timeoutMs: number, work: () => T): T {
  return deadlines.run({ at: Date.now() + timeoutMs, timeoutMs }, work);
}

/** The current request's deadline, to hand to another thread; undefined outside a request. */
export function currentDeadline(): Deadline | undefined {
  return deadlines.getStore();
}

/** Runs `work` under a deadline set elsewhere (a request received by another thread). */
export function withDeadlineOf<T>(deadline: Deadline | undefined, work: () => T): T {
  return deadline === undefined ? work() : deadlines.run(deadline, work);
}

/**
 * Milliseconds the current request has left, at least 1; undefined outside
 * a request. Throws TimeoutError when none is left, so that work past its
 * deadline never starts.
 */
export function timeLeft(): number | undefined {
  const deadline = deadlines.getStore();
  if (deadline === undefined) return undefined;
  const left = deadline.at - Date.now();
  if (left <= 0) throw timeoutError();
  return Math.ceil(left);
}

/** The error for work stopped at the current request's deadline. */
export function timeoutError(): TimeoutError {
  return new TimeoutError(deadlines.getStore()?.timeoutMs);
}

/** True within a request whose deadline has passed. */
export function pastDeadline(): boolean {
  const deadline = deadlines.getStore();
  return deadline !== undefined && deadline.at <= Date.now();
}
