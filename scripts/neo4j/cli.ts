// node dist/scripts/neo4j/cli.js start | stop | status | restart
// Settings come from the environment (see Neo4jServerOptions): NEO4J_PORT,
// NEO4J_HTTP_PORT, KG_NEO4J_HOME, KG_NEO4J_CACHE, KG_NEO4J_HEAP, KG_NEO4J_PAGECACHE.
import { neo4jStatus, restartNeo4j, startNeo4j, stopNeo4j } from './neo4j-server';

const USAGE = 'usage: cli.js start | stop | status | restart';

/** Prints the status; exit code 0 when a Bolt handshake succeeded, 3 otherwise (as LSB's status). */
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

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start':
      await startNeo4j();
      return 0;
    case 'stop':
      await stopNeo4j();
      return 0;
    case 'restart':
      await restartNeo4j();
      return 0;
    case 'status':
      return printStatus();
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
