import { describeWithNeo4j } from '../support/neo4j';
import { defineGraphmlSuite } from './graph-exports.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineGraphmlSuite('Neo4j', () => neo4j.openEmptyStore());
});
