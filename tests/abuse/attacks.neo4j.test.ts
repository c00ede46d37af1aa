import { describeWithNeo4j } from '../support/neo4j';
import { defineAttackSuite } from './attacks.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineAttackSuite('Neo4j', () => neo4j.openEmptyStore());
});
