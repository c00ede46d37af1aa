import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { TimeoutError } from '../../src/domain/errors';
import { withDeadline } from '../../src/store/request-deadline';
import { TransactionSlots } from '../../src/store/neo4j/neo4j-slots';
import {
  DriverTransactions,
  RequestReadTransaction,
} from '../../src/store/neo4j/neo4j-transactions';
import type { Work } from '../../src/store/neo4j/neo4j-transactions';
import { describeWithNeo4j } from '../support/neo4j';

/** Seconds of work for any Neo4j, whatever its caches hold. */
const SLOW_CYPHER = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';

const one: Work<unknown> = (tx) => tx.run('RETURN 1 AS n');
const slow: Work<unknown> = (tx) => tx.run(SLOW_CYPHER);
const refused: Work<unknown> = (tx) => tx.run('RETURN noSuchVariable');
const badRecord: Work<unknown> = async (tx) => {
  await tx.run('RETURN 1 AS n');
  throw new Error('a record the store cannot read');
};

/**
 * Issue 12 item 4: a GraphQL request's reads on Neo4j run in one session
 * and one read transaction, begun at its first read and ended with the
 * request, whatever way the request ends. Seen from the server
 * (SHOW TRANSACTIONS) and from the pool: a small one, so that a single
 * connection left in use would show.
 */
describeWithNeo4j("a request's reads on Neo4j", (target) => {
  const POOL = 2;
  let driver: Driver;
  let admin: Driver;
  let transactions: DriverTransactions;

  beforeAll(() => {
    const { uri, user, password } = target.target;
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      maxConnectionPoolSize: POOL,
      connectionAcquisitionTimeout: 5_000,
      disableLosslessIntegers: true,
    });
    admin = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    // Slots wait long: requests queue for the pool's two connections in this test.
    transactions = new DriverTransactions(
      driver,
      target.target.database,
      new TransactionSlots(POOL, 120_000),
    );
  });
  afterAll(async () => {
    await driver.close();
    await admin.close();
  });

  /** The ids of the transactions open on the server, but for the one asking. */
  const openTransactions = async (): Promise<string[]> => {
    const session = admin.session({ database: target.target.database });
    try {
      const result = await session.run(
        'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery',
      );
      return result.records
        .filter((r) => !String(r.get('currentQuery')).startsWith('SHOW TRANSACTIONS'))
        .map((r) => String(r.get('transactionId')));
    } finally {
      await session.close();
    }
  };

  test('reads of one request, one after another or at once, run in one transaction, ended with the request', async () => {
    const request = new RequestReadTransaction(transactions);
    expect(await openTransactions()).toEqual([]);
    await request.read(one);
    const [first, ...others] = await openTransactions();
    expect(first).toBeDefined();
    expect(others).toEqual([]);
    await request.read(one);
    await Promise.all([request.read(one), request.read(one), request.read(one)]);
    expect(await openTransactions()).toEqual([first]);
    await request.end();
    expect(await openTransactions()).toEqual([]);
    expect(transactions.slots.available).toBe(POOL);
  }, 60_000);

  test('a write ends the read transaction first; reads after it begin another', async () => {
    const request = new RequestReadTransaction(transactions);
    await request.read(one);
    const before = await openTransactions();
    expect(before).toHaveLength(1);
    await request.write(one);
    expect(await openTransactions()).toEqual([]);
    await request.read(one);
    const after = await openTransactions();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    await request.end();
    expect(await openTransactions()).toEqual([]);
  }, 60_000);

  test('a failed statement ends the transaction; the next read of the request begins another', async () => {
    const request = new RequestReadTransaction(transactions);
    await expect(request.read(refused)).rejects.toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\./u) as unknown,
    });
    await expect(request.read(one)).resolves.toBeDefined();
    expect(await openTransactions()).toHaveLength(1);
    await request.end();
    expect(await openTransactions()).toEqual([]);
  }, 60_000);

  /** Ways a request ends: each leaves nothing open behind it. */
  const requests: Record<string, () => Promise<void>> = {
    answered: async () => {
      const request = new RequestReadTransaction(transactions);
      await Promise.all([request.read(one), request.read(one)]);
      await request.end();
    },
    'failed in Neo4j': async () => {
      const request = new RequestReadTransaction(transactions);
      await expect(request.read(refused)).rejects.toBeDefined();
      await request.end();
    },
    'failed reading its records': async () => {
      const request = new RequestReadTransaction(transactions);
      await expect(request.read(badRecord)).rejects.toThrow('a record the store cannot read');
      await request.read(one);
      await request.end();
    },
    'past its deadline': async () => {
      const request = new RequestReadTransaction(transactions);
      await withDeadline(200, async () => {
        await expect(request.read(slow)).rejects.toBeInstanceOf(TimeoutError);
        await expect(request.read(one)).rejects.toBeInstanceOf(TimeoutError);
      });
      await request.end();
    },
    // The answer went out (an error elsewhere, shutdown's cancellation) while reads were in flight.
    'ended with reads in flight': async () => {
      const request = new RequestReadTransaction(transactions);
      const reads = [request.read(one), request.read(refused), request.read(one)];
      await request.end();
      const late = request.read(one);
      const settled = await Promise.allSettled([...reads, late]);
      expect(settled.map((s) => s.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
    },
    'never read': async () => {
      await new RequestReadTransaction(transactions).end();
    },
  };

  test('after many requests, failed, timed out and cancelled ones included, no transaction stays open and the pool has every connection free', async () => {
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(Object.values(requests).map((request) => request()));
    }
    expect(await openTransactions()).toEqual([]);
    expect(transactions.slots.available).toBe(POOL);
    // The driver's pool too: both its connections, at once, each in a transaction of its own.
    const sessions = [driver.session(), driver.session()];
    const held = sessions.map((session) => session.beginTransaction());
    try {
      await Promise.all(held.map((tx) => tx.run('RETURN 1')));
    } finally {
      await Promise.all(held.map((tx) => tx.rollback()));
      await Promise.all(sessions.map((session) => session.close()));
    }
  }, 300_000);
});
