import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { InvalidInputError } from '../domain/errors';
import type { GraphStore } from '../store/graph-store';
import { defineCommand } from './command-args';
import type { GraphRecord } from './ndjson/graph-ndjson';
import { parseRecord, recordsToBatches } from './ndjson/graph-ndjson';

export const IMPORT_COMMAND = defineCommand({
  name: 'import',
  usage: `Usage: kg import <file>

Loads a kg export (NDJSON, as kg export writes it) into the configured store, one
transaction per article; importing the same file twice changes nothing.

Options:
  --help  show this message
`,
  options: {},
  positionals: { min: 1, max: 1 },
});

/**
 * `kg import <file>`: loads a `kg export` file into the configured store,
 * one transaction per article; importing it twice changes nothing.
 */
export async function importGraph(
  store: GraphStore,
  file: string,
  report: Writable,
): Promise<void> {
  if (!existsSync(file))
    throw new InvalidInputError(`No file at ${file}; give the path of a kg export.`);
  const records: GraphRecord[] = [];
  let lineNumber = 0;
  for await (const text of createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Infinity,
  })) {
    lineNumber += 1;
    if (text.trim() !== '') records.push(parseRecord(text, lineNumber));
  }
  const batches = recordsToBatches(records);
  let changed = 0;
  for (const [index, batch] of batches.entries()) {
    if ((await store.upsertArticle(batch)).changed) changed += 1;
    if ((index + 1) % 100 === 0) report.write(`  ${index + 1}/${batches.length} articles\n`);
  }
  report.write(
    `imported ${batches.length} articles from ${file}: ${changed} changed, ${batches.length - changed} already up to date\n`,
  );
}
