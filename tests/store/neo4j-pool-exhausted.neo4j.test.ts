import neo4j from 'neo4j-driver';
import type { Driver, Session, Transaction } from 'neo4j-driver';
import { StoreBusyError } from '../../src/domain/errors';
import { TransactionSlots } from '../../src/store/neo4j/neo4j-slots';
import {
  DriverTransactions,
  RequestReadTransaction,
} from '../../src/store/neo4j/neo4j-transactions';
import type { Work } from '../../src/store/neo4j/neo4j-transactions';
import { describeWithNeo4j } from '../support/neo4j';

/**
 * Issue 8: when the driver's pool has no connection to give within
 * `connectionAcquisitionTimeout` (a pool in use outside the store's slots,
 * or new connections too slow to open on a busy machine), the client gets
 * the retryable STORE_BUSY, not INTERNAL_SERVER_ERROR. Provoked for real:
 * a driver with a pool of one connection, held by an open transaction.
 */
describeWithNeo4j('a Neo4j driver pool with no free connection', (target) => {
  let driver: Driver;
  let holder: Session;
  let held: Transaction;
  let transactions: DriverTransactions;

  beforeAll(async () => {
    const { uri, user, password, database } = target.target;
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 300,
      disableLosslessIntegers: true,
    });
    // More slots than connections, so that the wait happens in the driver's pool.
    transactions = new DriverTransactions(driver, database, new TransactionSlots(4, 5_000));
    holder = driver.session({ database });
    held = holder.beginTransaction();
    await held.run('RETURN 1');
  });

  afterAll(async () => {
    await held.rollback();
    await holder.close();
    await driver.close();
  });

  const one: Work<unknown> = (tx) => tx.run('RETURN 1 AS n');

  test('a read answers STORE_BUSY, retryable', async () => {
    const failure = transactions.read(one);
    await expect(failure).rejects.toBeInstanceOf(StoreBusyError);
    await expect(failure).rejects.toMatchObject({
      code: 'STORE_BUSY',
      details: { retryable: true },
    });
  }, 30_000);

  test("a request's read transaction answers STORE_BUSY", async () => {
    const request = new RequestReadTransaction(transactions);
    try {
      await expect(request.read(one)).rejects.toBeInstanceOf(StoreBusyError);
    } finally {
      await request.end();
    }
  }, 30_000);

  test('a write answers STORE_BUSY, without retrying for its conflict budget', async () => {
    await expect(transactions.write(one)).rejects.toBeInstanceOf(StoreBusyError);
  }, 30_000);

  test('once the connection is free again, the same read works', async () => {
    await held.rollback();
    await expect(transactions.read(one)).resolves.toBeDefined();
    held = holder.beginTransaction();
  }, 30_000);
});
