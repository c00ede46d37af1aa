import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { TimeoutError } from '../../src/domain/errors';
import { withDeadline } from '../../src/store/request-deadline';
import { TransactionSlots } from '../../src/store/neo4j/neo4j-slots';
import {
  DriverTransactions,
  RequestReadTransaction,
} from '../../src/store/neo4j/neo4j-transactions';
import { describeWithNeo4j } from '../support/neo4j';
import { holdNeo4jWriteLock } from '../support/write-locks';
import { defineRequestDeadlineSuite } from './request-deadline.suite';

/** Seconds of work for any Neo4j, whatever its caches hold. */
const SLOW_CYPHER = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';

describeWithNeo4j('Neo4j transactions end at the deadline', (target) => {
  defineRequestDeadlineSuite('Neo4j', {
    openStore: () => target.openEmptyStore(),
    holdWriteLock: () => holdNeo4jWriteLock(target.target),
    slowRead: null,
  });

  // No read through the port runs long on Neo4j (its walks are bounded and quick): the store's
  // own read paths carry the deadline, shown with a statement that does run long.
  describe('reads at the deadline', () => {
    let driver: Driver;
    let transactions: DriverTransactions;
    beforeAll(() => {
      const { uri, user, password, database } = target.target;
      driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
        disableLosslessIntegers: true,
      });
      transactions = new DriverTransactions(driver, database, new TransactionSlots(10, 5_000));
    });
    afterAll(() => driver.close());

    const count = (tx: Parameters<Parameters<DriverTransactions['read']>[0]>[0]) =>
      tx.run(SLOW_CYPHER).then((result) => result.records.length);

    test('a read transaction past the deadline is terminated with TIMEOUT; the next read works', async () => {
      await expect(withDeadline(300, () => transactions.read(count))).rejects.toBeInstanceOf(
        TimeoutError,
      );
      const quick = (tx: Parameters<typeof count>[0]) => tx.run('RETURN 1 AS n');
      await expect(withDeadline(10_000, () => transactions.read(quick))).resolves.toBeDefined();
    }, 60_000);

    test("a request's read transaction ends at the deadline too", async () => {
      const request = new RequestReadTransaction(transactions);
      try {
        await expect(withDeadline(300, () => request.read(count))).rejects.toBeInstanceOf(
          TimeoutError,
        );
      } finally {
        await request.end();
      }
    }, 60_000);
  });
});
