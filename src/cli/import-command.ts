import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { newChangeStamp } from '../domain/change';
import { InvalidInputError } from '../domain/errors';
import type { ClaimReview } from '../domain/review';
import type { GraphStore } from '../store/graph-store';
import { SqliteStaging } from '../store/sqlite/sqlite-staging';
import { defineCommand } from './command-args';
import { parseRecord } from './ndjson/graph-ndjson';
import { SeenIds } from './ndjson/seen-ids';
import type { ArticleBatch } from '../domain/article-batch';
import {
  repeatedIdProblem,
  stagedBatches,
  stagedVerdicts,
  stageRecord,
} from './ndjson/staged-batches';

/**
 * Claims written per transaction (whole articles, so a transaction may
 * hold a few more): every transaction rebuilds the relations its claims
 * touch from all their claims, and a hub's relations are touched by nearly
 * every transaction, so fewer, larger transactions rebuild them less often.
 * Bounded by Neo4j's transaction memory: with the project's default heap
 * (512 MB) a transaction of 10,000 claims of the scale bench's graph was
 * refused (MemoryPoolOutOfMemoryError); one of 2,000 fits.
 */
export const CLAIMS_PER_TRANSACTION = 2_000;
/** Articles without claims still cost memory until their transaction: a bound for those. */
const MAX_ARTICLES_PER_TRANSACTION = 5_000;
/**
 * Lines read between two progress lines while the file is staged: a
 * million-claim file has about 3.1 million lines and takes minutes to
 * stage on a busy machine, before the first transaction says anything.
 */
export const LINES_PER_REPORT = 500_000;

export const IMPORT_COMMAND = defineCommand({
  name: 'import',
  usage: `Usage: kg import <file>

Loads a kg export (NDJSON, as kg export writes it) into the configured store,
about ${CLAIMS_PER_TRANSACTION} claims per transaction, and the analysts' verdicts its claims
carry (as reviewClaim, under their editor and time); importing the same file twice changes
nothing. The file is read once into a temporary folder and never held in memory.

Options:
  --help  show this message
`,
  options: {},
  positionals: { min: 1, max: 1 },
});

/**
 * `kg import <file>`: loads a `kg export` file into the configured store.
 * The whole file is read and checked line by line into a disk-backed
 * staging table first, so a broken line stops the import before anything
 * is written; then each article is written with its own mentions and
 * claims, many articles per transaction (a transaction closes once it
 * holds `claimsPerTransaction` claims), and then the verdicts: a store
 * loading in bulk may hold its claims apart until the load ends.
 * Importing it twice changes nothing.
 */
export async function importGraph(
  store: GraphStore,
  file: string,
  report: Writable,
  claimsPerTransaction = CLAIMS_PER_TRANSACTION,
  linesPerReport = LINES_PER_REPORT,
): Promise<void> {
  if (!existsSync(file))
    throw new InvalidInputError(`No file at ${file}; give the path of a kg export.`);
  const staging = new SqliteStaging();
  const seen = new SeenIds(statSync(file).size);
  try {
    let lineNumber = 0;
    let articleLines = 0;
    // Reported once the whole file is read, so that a line that is not JSON is named first.
    let problem: string | null = null;
    for await (const text of createInterface({
      input: createReadStream(file, 'utf8'),
      crlfDelay: Infinity,
    })) {
      lineNumber += 1;
      if (lineNumber % linesPerReport === 0) report.write(`  ${lineNumber} lines read\n`);
      if (text.trim() === '') continue;
      const record = parseRecord(text, lineNumber);
      if (record.type === 'article') articleLines += 1;
      problem ??= stageRecord(staging, seen, record, text, lineNumber);
    }
    problem ??= repeatedIdProblem(staging, seen);
    if (problem !== null) throw new InvalidInputError(problem);
    // Sorting the lines by article for the first transaction takes a while at a million claims:
    // said, so that it is not taken for a hang.
    report.write(`  ${lineNumber} lines read and checked; sorting them by article\n`);
    // One article line an article unless an id may repeat; then counted exactly (a sort of every
    // line, as long as the id check's). Only the progress lines show it.
    const total = seen.maybeRepeated ? staging.groupCount() : articleLines;
    let written = 0;
    let changed = 0;
    let verdicts = 0;
    let changedVerdicts = 0;
    const write = async (chunk: readonly ArticleBatch[]) => {
      const results = await store.upsertArticles(chunk);
      changed += results.filter((r) => r.changed).length;
      written += chunk.length;
      report.write(`  ${written}/${total} articles\n`);
    };
    const writeAll = async () => {
      let chunk: ArticleBatch[] = [];
      let claims = 0;
      for (const batch of stagedBatches(staging)) {
        chunk.push(batch);
        claims += batch.claims.length;
        if (claims >= claimsPerTransaction || chunk.length === MAX_ARTICLES_PER_TRANSACTION) {
          await write(chunk);
          chunk = [];
          claims = 0;
        }
      }
      if (chunk.length > 0) await write(chunk);
    };
    if (store.loadInBulk) {
      await store.loadInBulk(
        async () => {
          await writeAll();
          // What the store deferred takes a while on a large file: said, so that it is not taken for a hang.
          report.write(
            '  every article given to the store; it finishes the load (indexes, relations, counts)\n',
          );
        },
        (line) => report.write(`${line}\n`),
      );
    } else await writeAll();
    for (const review of stagedVerdicts(staging)) {
      verdicts += 1;
      if (await applyVerdict(store, review)) changedVerdicts += 1;
    }
    report.write(
      `imported ${total} articles from ${file}: ${changed} changed, ${total - changed} already up to date; ${verdicts} verdicts, ${changedVerdicts} changed\n`,
    );
  } finally {
    staging.close();
  }
}

/**
 * Writes an exported verdict as its editor gave it (the same editor, time
 * and note, recorded in the history as reviewClaim records it). The same
 * verdict and note already there changes nothing: returns false.
 */
async function applyVerdict(store: GraphStore, review: ClaimReview): Promise<boolean> {
  // Checked when staged (staged-batches.ts): the time is a date-time.
  const stamp = newChangeStamp(review.editor, review.note, new Date(review.at));
  return (await store.reviewClaim(review.claimId, review.verdict, stamp)).changed;
}
