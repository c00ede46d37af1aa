import { describeWithNeo4j } from '../support/neo4j';
import { defineEightQuestionsSuite } from './eight-questions.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineEightQuestionsSuite('Neo4j', () => neo4j.openEmptyStore());
});
