import { describeWithNeo4j } from '../support/neo4j';
import { defineJudgementsEvalSuite } from './judgements-eval.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineJudgementsEvalSuite('Neo4j', () => neo4j.openEmptyStore());
});
