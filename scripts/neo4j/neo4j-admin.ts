// Runs neo4j-admin (the AdminTool of Neo4j's command-line module, which the
// pom's `org.neo4j:neo4j` already brings, with the import tool) against a
// server folder of scripts/neo4j, without a Neo4j distribution: the same jars
// as the server, NEO4J_HOME set to the server's Neo4j home. Offline commands
// such as `database import full` need the server stopped.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';

import { findRepoRoot } from '../java-server/java-server';
import { readPomProperty, requireTool, resolveClasspath } from '../java-server/java-runtime';

export interface Neo4jAdminOptions {
  /** Server folder, as for startNeo4j. Env KG_NEO4J_HOME, default <repo>/data/neo4j. */
  home?: string;
  /** Env KG_NEO4J_CACHE, default <repo>/data/neo4j-cache. */
  cacheDir?: string;
  /** Progress lines of the classpath resolution; default: stderr. */
  log?: (line: string) => void;
  /** Where neo4j-admin's own output goes; default: inherited. */
  output?: (chunk: string) => void;
}

/** `neo4j-admin <args>`; resolves with its exit code. */
export async function runNeo4jAdmin(
  args: readonly string[],
  options: Neo4jAdminOptions = {},
): Promise<number> {
  const root = findRepoRoot(path.join('scripts', 'neo4j', 'pom.xml'));
  const assetsDir = path.join(root, 'scripts', 'neo4j');
  const home = path.resolve(
    options.home ?? process.env['KG_NEO4J_HOME'] ?? path.join(root, 'data', 'neo4j'),
  );
  const product = `Neo4j ${readPomProperty(assetsDir, 'neo4j.version')}`;
  const classpath = await resolveClasspath(
    {
      assetsDir,
      cacheDir: path.resolve(
        options.cacheDir ?? process.env['KG_NEO4J_CACHE'] ?? path.join(root, 'data', 'neo4j-cache'),
      ),
      product,
      firstDownload: '~125 MB',
      mavenArgs: [],
      classDataSharing: false,
    },
    options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  );
  // The server's Neo4j home (neo4j-server.ts): its data/ is what the server opens.
  const neo4jHome = path.join(home, 'dbms');
  mkdirSync(path.join(neo4jHome, 'conf'), { recursive: true });
  const java = requireTool('java', product);
  const { output } = options;
  const child = spawn(
    java,
    [
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      ...args,
    ],
    {
      env: { ...process.env, NEO4J_HOME: neo4jHome, NEO4J_CONF: path.join(neo4jHome, 'conf') },
      stdio: ['ignore', output ? 'pipe' : 'inherit', output ? 'pipe' : 'inherit'],
    },
  );
  if (output) {
    child.stdout?.setEncoding('utf8').on('data', output);
    child.stderr?.setEncoding('utf8').on('data', output);
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
}
