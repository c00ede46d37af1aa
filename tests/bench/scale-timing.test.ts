import { CapReached, timeInterleaved } from '../../bench/scale/scale-timing';

const PLAN = { samples: 4, budgetMs: 60_000, capMs: 1_000 };

/** A call that notes its name in `order` each time it runs. */
function noting(order: string[], name: string, fails?: () => Error) {
  return () => {
    order.push(name);
    return fails ? Promise.reject(fails()) : Promise.resolve();
  };
}

describe('timeInterleaved (scale bench)', () => {
  it('calls each way once a round, the first of them in turn, after one warm-up each', async () => {
    const order: string[] = [];
    const timings = await timeInterleaved(
      [noting(order, 'kg'), noting(order, 'cypher'), noting(order, 'graphql')],
      PLAN,
    );
    expect(order.join(' ')).toBe(
      [
        'kg cypher graphql', // warm-up
        'kg cypher graphql',
        'cypher graphql kg',
        'graphql kg cypher',
        'kg cypher graphql',
      ].join(' '),
    );
    expect(timings.map((t) => (t.kind === 'measured' ? t.samples : t.kind))).toEqual([4, 4, 4]);
  });

  it('stops timing a call past its cap and goes on with the others', async () => {
    const order: string[] = [];
    const timings = await timeInterleaved(
      [noting(order, 'kg', () => new CapReached()), noting(order, 'cypher')],
      PLAN,
    );
    expect(order.filter((name) => name === 'kg')).toHaveLength(1);
    expect(timings[0]).toEqual({ kind: 'capped', capMs: PLAN.capMs });
    expect(timings[1]).toMatchObject({ kind: 'measured', samples: PLAN.samples });
  });

  it('reports a failing call as failed, with its message', async () => {
    const [timing] = await timeInterleaved(
      [noting([], 'kg', () => new Error('no such entity'))],
      PLAN,
    );
    expect(timing).toEqual({ kind: 'failed', message: 'no such entity' });
  });
});
