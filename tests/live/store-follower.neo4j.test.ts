import { describeWithNeo4j } from '../support/neo4j';
import { defineStoreFollowerSuite } from './store-follower.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineStoreFollowerSuite('Neo4j', () => neo4j.openEmptyStore());
});
