import { describeWithNeo4j } from '../support/neo4j';
import { defineMergeEntitiesSuite } from './merge-entities.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineMergeEntitiesSuite('Neo4j', () => neo4j.openEmptyStore());
});
