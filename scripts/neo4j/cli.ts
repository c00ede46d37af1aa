// node dist/scripts/neo4j/cli.js start | stop | status | restart
// Settings come from the environment (see Neo4jServerOptions): NEO4J_PORT,
// NEO4J_HTTP_PORT, KG_NEO4J_HOME, KG_NEO4J_CACHE, KG_NEO4J_HEAP, KG_NEO4J_PAGECACHE.
import { runServerCli } from '../java-server/server-cli';
import { neo4jStatus, restartNeo4j, startNeo4j, stopNeo4j } from './neo4j-server';

/** Prints the status; exit code 0 when a Bolt handshake succeeded, 3 otherwise. */
async function printStatus(): Promise<number> {
  const status = await neo4jStatus();
  if (!status.running) {
    process.stdout.write(`Neo4j is not running (home ${status.home})\n`);
    return 3;
  }
  const state = status.ready
    ? `ready, Bolt ${status.boltVersion ?? '?'}`
    : 'starting or not answering';
  process.stdout.write(`Neo4j pid ${status.pid ?? '?'} at ${status.uri}: ${state}\n`);
  process.stdout.write(`log: ${status.logFile}\n`);
  return status.ready ? 0 : 3;
}

runServerCli(process.argv[2], {
  start: () => startNeo4j(),
  stop: () => stopNeo4j(),
  restart: () => restartNeo4j(),
  status: printStatus,
});
