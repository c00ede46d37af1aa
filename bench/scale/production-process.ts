import { spawn } from 'node:child_process';

/**
 * Whether this process runs as kg runs in production. graphql-js chooses its
 * development checks (about 1.7 ms of a hub request, measured) and Apollo
 * Server its defaults from NODE_ENV once, when they are loaded, so it must
 * be set before the process starts; the bench runs kg and @neo4j/graphql
 * in its own process.
 */
export function inProduction(): boolean {
  return process.env['NODE_ENV'] === 'production';
}

/** Runs this same command again with NODE_ENV=production, its output ours; resolves to its exit code. */
export function rerunInProduction(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
