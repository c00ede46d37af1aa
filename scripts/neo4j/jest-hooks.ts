// For jest's globalSetup / globalTeardown (which must default-export a
// function, so the two-line wrappers live with the tests):
//   export default setupNeo4jForJest;     // globalSetup file
//   export default teardownNeo4jForJest;  // globalTeardown file
// A server that was already running (npm run neo4j:start) is reused and left
// running, which keeps the edit-test loop fast; one started here is stopped
// at the end unless KG_NEO4J_KEEP=1.
import { startNeo4j, stopNeo4j } from './neo4j-server';

/** Shared by globalSetup and globalTeardown, which run in the same process. */
const STARTED_HERE = 'KG_NEO4J_STARTED_BY_JEST';

export async function setupNeo4jForJest(): Promise<void> {
  const { uri, alreadyRunning } = await startNeo4j();
  // Test workers inherit the environment of the process that runs globalSetup.
  process.env['NEO4J_URI'] = uri;
  if (!alreadyRunning) process.env[STARTED_HERE] = '1';
}

export async function teardownNeo4jForJest(): Promise<void> {
  if (process.env[STARTED_HERE] !== '1' || process.env['KG_NEO4J_KEEP'] === '1') return;
  delete process.env[STARTED_HERE];
  await stopNeo4j();
}
