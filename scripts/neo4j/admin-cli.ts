// node dist/scripts/neo4j/admin-cli.js <neo4j-admin arguments>
// neo4j-admin for the project's Neo4j server folder (KG_NEO4J_HOME, default
// data/neo4j); stop the server first for offline commands such as
// `database import full`.
import { runNeo4jAdmin } from './neo4j-admin';

runNeo4jAdmin(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
