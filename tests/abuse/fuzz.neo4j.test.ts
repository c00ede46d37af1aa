import { describeWithNeo4j } from '../support/neo4j';
import { defineFuzzSuite } from './fuzz.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineFuzzSuite('Neo4j', () => neo4j.openEmptyStore(), 2000);
});
