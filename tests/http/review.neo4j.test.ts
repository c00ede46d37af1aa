import { describeWithNeo4j } from '../support/neo4j';
import { defineReviewSuite } from './review.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineReviewSuite('Neo4j', () => neo4j.openEmptyStore());
});
