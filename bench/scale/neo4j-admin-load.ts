import type { Driver } from 'neo4j-driver';
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { exportGraph } from '../../src/cli/export-command';
import { neo4jAdminImportArgs } from '../../src/export/neo4j-csv';
import type { GraphStore } from '../../src/store/graph-store';
import { schemaRuleName, schemaStatements } from '../../src/store/neo4j/neo4j-migrations';

/**
 * The bulk load of an empty Neo4j (issue 12): `kg export --format
 * neo4j-csv` of the SQLite store, `neo4j-admin database import full` with
 * the server stopped, then the store's schema built on the loaded graph.
 */

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });

/** Writes the store's graph as neo4j-admin CSV files into `folder`, emptied first. */
export async function exportNeo4jCsv(store: GraphStore, folder: string): Promise<void> {
  rmSync(folder, { recursive: true, force: true });
  await exportGraph(store, { format: 'neo4j-csv', target: folder }, quiet());
}

/** The export's neo4j-admin line, replacing the database the bench's Neo4j already has. */
export function adminImportArgs(folder: string): string[] {
  const args = neo4jAdminImportArgs(folder);
  return [...args.slice(0, -1), '--overwrite-destination=true', args[args.length - 1]!];
}

async function auto(driver: Driver, text: string): Promise<Record<string, unknown>[]> {
  const session = driver.session();
  try {
    const result = await session.run(text);
    return result.records.map((record) => record.toObject() as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/**
 * Creates the store's indexes and constraints (schema/neo4j, each in its
 * own auto-commit transaction as the store does) and waits for them with no
 * time limit: the store's own start waits 300 s, which a million claims'
 * full-text index may outlast on a busy machine.
 */
export async function buildIndexes(driver: Driver, say: (line: string) => void): Promise<void> {
  for (const statement of schemaStatements()) await auto(driver, statement);
  let lastSaid = 0;
  for (;;) {
    const pending = (
      await auto(driver, 'SHOW INDEXES YIELD name, state, populationPercent')
    ).filter((row) => row['state'] !== 'ONLINE');
    const failed = pending.filter((row) => row['state'] === 'FAILED');
    if (failed.length > 0)
      throw new Error(`indexes FAILED: ${failed.map((row) => String(row['name'])).join(', ')}`);
    if (pending.length === 0) return;
    if (Date.now() - lastSaid > 30_000) {
      lastSaid = Date.now();
      say(
        `  ${pending.length} indexes populating: ` +
          pending
            .map((row) => `${String(row['name'])} ${Number(row['populationPercent']).toFixed(0)}%`)
            .join(', ') +
          '\n',
      );
    }
    await sleep(2_000);
  }
}

/**
 * Every index and constraint the store's schema names exists and every
 * index is ONLINE; throws naming what is not. Returns how many indexes
 * there are.
 */
export async function checkIndexesOnline(driver: Driver): Promise<number> {
  const indexes = await auto(driver, 'SHOW INDEXES YIELD name, state');
  const constraints = await auto(driver, 'SHOW CONSTRAINTS YIELD name');
  const names = new Set([...indexes, ...constraints].map((row) => String(row['name'])));
  const missing = schemaStatements()
    .map(schemaRuleName)
    .filter((name) => !names.has(name));
  const offline = indexes.filter((row) => row['state'] !== 'ONLINE');
  if (missing.length > 0 || offline.length > 0)
    throw new Error(
      `Neo4j schema not ready: missing ${missing.join(', ') || 'none'};` +
        ` not online ${offline.map((row) => `${String(row['name'])} (${String(row['state'])})`).join(', ') || 'none'}`,
    );
  return indexes.length;
}

/** Nodes per label and relationships per type, as `label: n` lines in name order. */
export async function graphCounts(driver: Driver): Promise<string[]> {
  const labels = await auto(
    driver,
    'MATCH (n) UNWIND labels(n) AS label RETURN label AS name, count(*) AS n',
  );
  const types = await auto(driver, 'MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n');
  return [
    ...labels.map((row) => `(:${String(row['name'])}) ${String(row['n'])}`),
    ...types.map((row) => `[:${String(row['name'])}] ${String(row['n'])}`),
  ].sort();
}
