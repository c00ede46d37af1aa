import neo4j from 'neo4j-driver';
import { entityId } from '../../src/domain/ids';
import { describeWithNeo4j } from '../support/neo4j';
import { defineHeavyLoadSuite } from './heavy-load.suite';

describeWithNeo4j('heavy load on Neo4j', (target) => {
  defineHeavyLoadSuite('Neo4j', {
    openStore: () => target.openEmptyStore(),
    holdWriteLock: async () => {
      // An open transaction that wrote Sylvania, whom SECOND names: the store's write waits.
      const { uri, user, password, database } = target.target;
      const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
      const session = driver.session({ database });
      const tx = session.beginTransaction();
      await tx.run('MATCH (e:Entity {id: $id}) SET e.heldByTest = true', {
        id: entityId('COUNTRY', 'Sylvania'),
      });
      return async () => {
        await tx.rollback();
        await session.close();
        await driver.close();
      };
    },
    slow: null,
  });
});
