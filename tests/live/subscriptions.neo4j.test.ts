import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithNeo4j } from '../support/neo4j';
import { defineSubscriptionsSuite } from './subscriptions.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineSubscriptionsSuite('Neo4j', {
    openStore: () => neo4j.openEmptyStore(),
    replicaEnv: () => ({
      KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-live-')),
      NEO4J_URI: neo4j.target.uri,
      NEO4J_USER: neo4j.target.user,
      NEO4J_PASSWORD: neo4j.target.password,
      ...(neo4j.target.database ? { NEO4J_DATABASE: neo4j.target.database } : {}),
    }),
  });
});
