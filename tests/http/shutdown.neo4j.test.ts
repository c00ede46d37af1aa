import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { describeWithNeo4j } from '../support/neo4j';
import { defineShutdownSuite } from './shutdown.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineShutdownSuite('Neo4j', async () => {
    await (await neo4j.openEmptyStore()).close();
    const { uri, user, password, database } = neo4j.target;
    return {
      env: {
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        ...(database ? { NEO4J_DATABASE: database } : {}),
      },
      openStore: () => Promise.resolve(new Neo4jGraphStore(neo4j.target)),
    };
  });
});
