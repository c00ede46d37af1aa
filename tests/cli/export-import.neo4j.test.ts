import { describeWithNeo4j } from '../support/neo4j';
import { defineExportImportSuite } from './export-import.suite';

describeWithNeo4j('on a real Neo4j', (neo4j) => {
  defineExportImportSuite('Neo4j', () => neo4j.openEmptyStore());
});
