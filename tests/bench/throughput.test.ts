import { roundOrder } from '../../bench/round-order';
import type { Clock } from '../../bench/throughput';
import {
  compareThroughput,
  formatThroughput,
  perSecond,
  requestsInWindow,
  throughputRatio,
} from '../../bench/throughput';

/** A clock that moves only when a fake request takes its time: no real time is read. */
function fakeClock(): { now: Clock; spend(ms: number): void } {
  let ms = 0;
  return { now: () => ms, spend: (d) => (ms += d) };
}

/** A request that notes `name` in `order` and takes `ms` of the fake clock. */
function request(clock: ReturnType<typeof fakeClock>, order: string[], name: string, ms = 1) {
  return () => {
    order.push(name);
    clock.spend(ms);
    return Promise.resolve();
  };
}

/** `order` as runs of one name: ['a', 'a', 'b'] is 'a×2 b×1'. */
function runs(order: readonly string[]): string {
  const found: [string, number][] = [];
  for (const name of order) {
    const last = found[found.length - 1];
    if (last?.[0] === name) last[1] += 1;
    else found.push([name, 1]);
  }
  return found.map(([name, n]) => `${name}×${n}`).join(' ');
}

describe('roundOrder (bench)', () => {
  it('starts each round with the next contender and goes on in turn', () => {
    expect([0, 1, 2, 3].map((round) => roundOrder(round, 2))).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(roundOrder(4, 3)).toEqual([1, 2, 0]);
  });
});

describe('requestsInWindow (bench)', () => {
  it('counts the requests its clients send until the window ends, and the time to the last answer', async () => {
    const clock = fakeClock();
    const window = await requestsInWindow(request(clock, [], 'kg', 2), 4, 10, clock.now);
    // Each request starts before the 10 ms are up: at 0, 2, 4, 6, 8 ms.
    expect(window).toEqual({ requests: 5, ms: 10 });
  });

  it('stops every client at the first failure and throws it', async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      return calls === 3 ? Promise.reject(new Error('no such entity')) : Promise.resolve();
    };
    const clock = fakeClock();
    const advancing = () => failing().finally(() => clock.spend(1));
    await expect(requestsInWindow(advancing, 2, 1_000, clock.now)).rejects.toThrow(
      'no such entity',
    );
    expect(calls).toBeLessThan(10);
  });
});

describe('compareThroughput (bench)', () => {
  it('warms each up, then alternates windows, the other first each round', async () => {
    const clock = fakeClock();
    const order: string[] = [];
    const plan = { clients: 2, windowMs: 4, rounds: 4 };
    await compareThroughput(
      [request(clock, order, 'kg'), request(clock, order, 'theirs')],
      plan,
      clock.now,
    );
    // Warm-up, one request per client each; then windows of 4 requests (2 clients, 1 ms a
    // request, 4 ms a window): kg theirs | theirs kg | kg theirs | theirs kg.
    expect(runs(order.slice(0, 4))).toBe('kg×2 theirs×2');
    expect(runs(order.slice(4))).toBe('kg×4 theirs×8 kg×8 theirs×8 kg×4');
  });

  it('sums each contender over its windows into requests per second', async () => {
    const clock = fakeClock();
    const [kg, theirs] = await compareThroughput(
      [request(clock, [], 'kg', 1), request(clock, [], 'theirs', 2)],
      { clients: 1, windowMs: 10, rounds: 2 },
      clock.now,
    );
    expect(kg).toEqual({ kind: 'measured', requests: 20, ms: 20 });
    expect(theirs).toEqual({ kind: 'measured', requests: 10, ms: 20 });
    expect(perSecond(kg)).toBe(1000);
    expect(throughputRatio(kg, theirs)).toBe(2);
    expect(formatThroughput(theirs)).toBe('500.0');
  });

  it('reports a failing contender as failed, gives it no further window, and goes on with the other', async () => {
    const clock = fakeClock();
    const order: string[] = [];
    class CapReached extends Error {}
    const capped = () => {
      order.push('theirs');
      return Promise.reject(new CapReached());
    };
    const [kg, theirs] = await compareThroughput(
      [request(clock, order, 'kg'), capped],
      { clients: 2, windowMs: 4, rounds: 2 },
      clock.now,
    );
    expect(theirs).toEqual({ kind: 'failed', message: 'CapReached' });
    expect(order.filter((name) => name === 'theirs')).toHaveLength(2); // its warm-up only
    expect(kg).toEqual({ kind: 'measured', requests: 8, ms: 8 });
    expect(throughputRatio(kg, theirs)).toBeNull();
    expect(formatThroughput(theirs)).toBe('error');
  });
});
