import { Neo4jError } from 'neo4j-driver';
import { StoreBusyError, StoreUnavailableError } from '../../src/domain/errors';
import { retryReason, translateDriverError } from '../../src/store/neo4j/neo4j-errors';
import { withRetries, WRITE_RETRY } from '../../src/store/neo4j/neo4j-retry';
import type { RetryClock } from '../../src/store/neo4j/neo4j-retry';
import { TransactionSlots } from '../../src/store/neo4j/neo4j-slots';

const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';

function driverError(code: string): Neo4jError {
  return new Neo4jError(`server said ${code}`, code, '50N42', 'general processing exception');
}

/** A clock that never waits: time moves only by the pauses asked for. */
function fakeClock(random = 1): RetryClock & { pauses: number[] } {
  let now = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => now,
    random: () => random,
    sleep: (ms) => {
      pauses.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

/** Fails with `errors` in turn, then answers "done". */
function failing(...errors: Error[]): () => Promise<string> {
  return () => {
    const next = errors.shift();
    return next === undefined ? Promise.resolve('done') : Promise.reject(next);
  };
}

describe('Neo4j errors by code', () => {
  test('deadlocks and other transient errors are conflicts, shown as STORE_BUSY and retryable', () => {
    for (const code of [DEADLOCK, 'Neo.TransientError.Transaction.LockAcquisitionTimeout']) {
      expect(retryReason(driverError(code))).toBe('conflict');
      const translated = translateDriverError(driverError(code));
      expect(translated).toBeInstanceOf(StoreBusyError);
      expect(translated).toMatchObject({ code: 'STORE_BUSY', details: { retryable: true } });
    }
  });

  test('an unreachable server is STORE_UNAVAILABLE and retryable; a refused login is not retried', () => {
    for (const code of ['ServiceUnavailable', 'Neo.TransientError.General.DatabaseUnavailable']) {
      expect(retryReason(driverError(code))).toBe('unreachable');
      expect(translateDriverError(driverError(code))).toMatchObject({
        code: 'STORE_UNAVAILABLE',
        details: { retryable: true },
      });
    }
    const refused = driverError('Neo.ClientError.Security.Unauthorized');
    expect(retryReason(refused)).toBeNull();
    expect(translateDriverError(refused)).toBeInstanceOf(StoreUnavailableError);
  });

  test('syntax errors, terminated transactions and errors of our own pass unchanged', () => {
    for (const error of [
      driverError('Neo.ClientError.Statement.SyntaxError'),
      driverError('Neo.TransientError.Transaction.Terminated'),
      new Error('invariant: ours'),
    ]) {
      expect(retryReason(error)).toBeNull();
      expect(translateDriverError(error)).toBe(error);
    }
  });
});

describe('withRetries', () => {
  test('runs a write again after deadlocks, with growing jittered pauses, until it commits', async () => {
    const clock = fakeClock(0.5);
    const attempt = failing(driverError(DEADLOCK), driverError(DEADLOCK), driverError(DEADLOCK));
    await expect(withRetries(attempt, WRITE_RETRY, clock)).resolves.toBe('done');
    const first = WRITE_RETRY.firstDelayMs;
    expect(clock.pauses).toEqual([first * 0.5, first, first * 2]);
  });

  test('gives up on conflicts once the write budget is spent, and rethrows the last error', async () => {
    const clock = fakeClock();
    const last = driverError(DEADLOCK);
    const errors = Array.from({ length: 200 }, () => driverError(DEADLOCK));
    const attempt = () => Promise.reject(errors.shift() ?? last);
    await expect(withRetries(attempt, WRITE_RETRY, clock)).rejects.toBeInstanceOf(Neo4jError);
    const waited = clock.pauses.reduce((sum, pause) => sum + pause, 0);
    expect(waited).toBeLessThanOrEqual(WRITE_RETRY.conflictBudgetMs);
    expect(waited).toBeGreaterThan(WRITE_RETRY.conflictBudgetMs - WRITE_RETRY.maxDelayMs);
    expect(Math.max(...clock.pauses)).toBe(WRITE_RETRY.maxDelayMs);
  });

  test('an unreachable server gets the short budget, so writes fail fast while it is down', async () => {
    const clock = fakeClock();
    const attempt = () => Promise.reject(driverError('ServiceUnavailable'));
    await expect(withRetries(attempt, WRITE_RETRY, clock)).rejects.toBeInstanceOf(Neo4jError);
    expect(clock.now()).toBeLessThanOrEqual(WRITE_RETRY.unreachableBudgetMs);
  });

  test('an error retrying cannot help is thrown at once', async () => {
    const clock = fakeClock();
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    await expect(withRetries(failing(syntax), WRITE_RETRY, clock)).rejects.toBe(syntax);
    expect(clock.pauses).toEqual([]);
  });
});

describe('TransactionSlots', () => {
  test('work beyond the slots waits its turn, in order, and gets a slot as one is freed', async () => {
    const slots = new TransactionSlots(1, 60_000);
    const order: string[] = [];
    let finishFirst = () => {};
    let firstStarted = () => {};
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const first = slots.run(
      () =>
        new Promise<void>((done) => {
          order.push('first starts');
          finishFirst = done;
          firstStarted();
        }),
    );
    const second = slots.run(() => {
      order.push('second starts');
      return Promise.resolve();
    });
    await started;
    // Every pending promise settles before setImmediate: the second would have started by now if it could.
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['first starts']);
    finishFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'second starts']);
  });

  test('work that finds no free slot within its patience fails with STORE_BUSY, retryable', async () => {
    const slots = new TransactionSlots(1, 1);
    let finish = () => {};
    const holder = slots.run(() => new Promise<void>((done) => (finish = done)));
    const waiter = slots.run(() => Promise.resolve('ran'));
    await expect(waiter).rejects.toMatchObject({
      code: 'STORE_BUSY',
      details: { retryable: true },
    });
    finish();
    await holder;
    // The slot the waiter gave up was not lost.
    await expect(slots.run(() => Promise.resolve('ran'))).resolves.toBe('ran');
  });
});
