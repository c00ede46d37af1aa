import { describeWithNeo4j } from '../support/neo4j';
import { defineAccessKeysSuite } from './access-keys.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineAccessKeysSuite('Neo4j', () => neo4j.openEmptyStore());
});
