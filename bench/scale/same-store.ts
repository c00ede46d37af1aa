import { createHash } from 'node:crypto';
import { graphNdjson } from '../../src/cli/ndjson/graph-ndjson';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { storeDifference } from '../../src/store/sqlite/sqlite-store-difference';

/** Entities the stats compared list as most connected. */
const MOST_CONNECTED = 50;

/**
 * Whether two SQLite stores hold the same graph (issue 12: a bulk load must
 * leave the store that the load it replaces left, from the same file):
 * every table, index, trigger and full-text term (storeDifference), then
 * what the port answers of each, `kg export`'s NDJSON and the stats. Prints
 * what it compared, or the first difference and exits 1:
 *
 *   node dist/bench/scale/same-store.js <a.sqlite> <b.sqlite>
 */
async function main(fileA: string, fileB: string): Promise<void> {
  const difference = storeDifference(fileA, fileB);
  if (difference !== null) return differ(difference);
  const [a, b] = await Promise.all([answersOf(fileA), answersOf(fileB)]);
  if (a.export !== b.export) return differ(`kg export: sha256 ${a.export} against ${b.export}`);
  if (a.stats !== b.stats) return differ(`stats: ${a.stats} against ${b.stats}`);
  process.stdout.write(
    `same: schema, every table's rows, both full-text indexes, kg export (${a.lines} lines, sha256 ${a.export}), stats\n`,
  );
}

async function answersOf(file: string) {
  const store = new SqliteGraphStore(file, { readOnly: true });
  try {
    const hash = createHash('sha256');
    let lines = 0;
    for await (const line of graphNdjson(store)) {
      hash.update(line);
      lines += 1;
    }
    const stats = JSON.stringify(await store.stats(MOST_CONNECTED));
    return { export: hash.digest('hex'), lines, stats };
  } finally {
    await store.close();
  }
}

function differ(what: string): void {
  process.stdout.write(`different: ${what}\n`);
  process.exitCode = 1;
}

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) {
  process.stderr.write('Usage: node dist/bench/scale/same-store.js <a.sqlite> <b.sqlite>\n');
  process.exitCode = 2;
} else void main(fileA, fileB);
