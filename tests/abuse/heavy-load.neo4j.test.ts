import { describeWithNeo4j } from '../support/neo4j';
import { holdNeo4jWriteLock } from '../support/write-locks';
import { defineHeavyLoadSuite } from './heavy-load.suite';

describeWithNeo4j('heavy load on Neo4j', (target) => {
  defineHeavyLoadSuite('Neo4j', {
    openStore: () => target.openEmptyStore(),
    holdWriteLock: () => holdNeo4jWriteLock(target.target),
    slow: null,
  });
});
