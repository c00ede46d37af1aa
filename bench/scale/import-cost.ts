import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const KG = resolve(__dirname, '../../src/cli/kg.js');

/** What one `kg import` cost: its own process's, and Neo4j's when it loaded into Neo4j. */
interface ImportCost {
  readonly store: string;
  readonly seconds: number;
  readonly clientCpuSeconds: number;
  readonly peakRssMb: number;
  readonly serverCpuSeconds: number | null;
  readonly loadBefore: string;
  readonly loadAfter: string;
}

/**
 * What `kg import` of one NDJSON file costs (issue 12 item 5: "target ≥
 * 20,000 claims/s into SQLite and ≥ 10,000 claims/s into Neo4j"), run as
 * an analyst runs it, in a child process: into a new SQLite store, then,
 * with NEO4J_URI, into that Neo4j, which must hold nothing (so that it
 * loads in bulk, as a first import does). Prints wall time and claims/s,
 * the CPU seconds of `kg import` and of Neo4j (read from its JMX), the
 * claims per CPU-second of both together (what a shared machine's load
 * changes least), the peak RSS of `kg import` (flat in the file's size when
 * it streams) and the load average around each run. The scale bench's
 * graphs: `npm run bench -- --scale 100k` writes data/scale-bench/graph-100k-seed12.ndjson.
 *
 *   node dist/bench/scale/import-cost.js <file.ndjson> [--sqlite-only]
 */
async function main(file: string, sqliteOnly: boolean): Promise<void> {
  const claims = await countClaims(file);
  const costs: ImportCost[] = [];
  costs.push(await importInto('SQLite', file, {}));
  const uri = process.env['NEO4J_URI'];
  if (uri && !sqliteOnly) costs.push(await importInto('Neo4j', file, { NEO4J_URI: uri }, uri));
  process.stdout.write(`\nkg import of ${claims} claims from ${file}:\n`);
  for (const cost of costs) process.stdout.write(`  ${describe(cost, claims)}\n`);
}

function describe(cost: ImportCost, claims: number): string {
  const cpu = cost.clientCpuSeconds + (cost.serverCpuSeconds ?? 0);
  const server =
    cost.serverCpuSeconds === null ? '' : ` + Neo4j ${cost.serverCpuSeconds.toFixed(1)} CPU-s`;
  return (
    `${cost.store.padEnd(6)} ${cost.seconds.toFixed(1)} s, ${(claims / cost.seconds).toFixed(0)} claims/s;` +
    ` kg import ${cost.clientCpuSeconds.toFixed(1)} CPU-s${server}: ${(claims / cpu).toFixed(0)} claims/CPU-s;` +
    ` peak RSS ${cost.peakRssMb.toFixed(0)} MB; load average ${cost.loadBefore} -> ${cost.loadAfter}`
  );
}

/** The claim lines of the file, read a chunk at a time (a string could not hold a large file). */
async function countClaims(file: string): Promise<number> {
  const marker = '\n{"type":"claim"';
  let count = 0;
  let carried = '\n';
  for await (const chunk of createReadStream(file, 'utf8')) {
    const text = carried + (chunk as string);
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) count += 1;
    carried = text.slice(-(marker.length - 1));
  }
  return count;
}

async function importInto(
  store: string,
  file: string,
  env: Record<string, string>,
  neo4jUri?: string,
): Promise<ImportCost> {
  const folder = mkdtempSync(join(tmpdir(), 'kg-import-cost-'));
  try {
    const driver = neo4jUri ? neo4j.driver(neo4jUri, neo4j.auth.basic('neo4j', '')) : null;
    try {
      if (driver) await refuseUnlessEmpty(driver);
      // The child's own figures, written as it exits: its peak RSS and CPU seconds.
      const preload = join(folder, 'cost.js');
      writeFileSync(
        preload,
        "process.on('exit', () => { const u = process.resourceUsage();" +
          ' process.stderr.write(`COST ${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1e6}\\n`); });',
      );
      const loadBefore = load();
      process.stdout.write(`kg import into ${store} (load average ${loadBefore})…\n`);
      const serverBefore = driver ? await serverCpuSeconds(driver) : 0;
      const start = performance.now();
      const run = spawnSync(process.execPath, ['-r', preload, KG, 'import', file], {
        env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: folder, ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const seconds = (performance.now() - start) / 1000;
      const cost = /COST (\d+) ([\d.]+)/.exec(run.stderr);
      if (run.status !== 0 || !cost)
        throw new Error(`kg import into ${store} failed:\n${run.stderr.slice(-2_000)}`);
      return {
        store,
        seconds,
        clientCpuSeconds: Number(cost[2]),
        peakRssMb: Number(cost[1]) / 1024,
        serverCpuSeconds: driver ? (await serverCpuSeconds(driver)) - serverBefore : null,
        loadBefore,
        loadAfter: load(),
      };
    } finally {
      await driver?.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function refuseUnlessEmpty(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE n:Article OR n:Entity RETURN count(n) AS n',
  );
  if (Number(records[0]?.get('n')) > 0)
    throw new Error('the Neo4j at NEO4J_URI holds a graph; give an empty one (kg import loads it)');
}

/** The Neo4j process's CPU time so far, from its JMX (Community has it too). */
async function serverCpuSeconds(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    "CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes RETURN attributes.ProcessCpuTime.value AS ns",
  );
  return Number(records[0]?.get('ns')) / 1e9;
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  process.stderr.write(
    'usage: node dist/bench/scale/import-cost.js <file.ndjson> [--sqlite-only]\n',
  );
  process.exitCode = 2;
} else {
  main(file, flags.includes('--sqlite-only')).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
