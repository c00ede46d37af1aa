import { describeWithNeo4j } from '../support/neo4j';
import { defineUnknownIdsSuite } from './unknown-ids.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineUnknownIdsSuite('Neo4j', () => neo4j.openEmptyStore());
});
