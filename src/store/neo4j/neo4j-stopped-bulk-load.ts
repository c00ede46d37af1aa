import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { processRuns } from '../process-runs';
import { finishBulkLoad, UNFINISHED_BULK_LOAD } from './neo4j-bulk-load';
import { integer, run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { numericOrNull, textOrNull } from './neo4j-records';
import type { Neo4jTransactions } from './neo4j-transactions';
import { unreachable } from '../../domain/errors';

/** The process that marked the store as loading, as startBulkLoad records it (null: an older kg's mark). */
interface Loader {
  readonly host: string | null;
  readonly pid: number | null;
  readonly startedAt: string | null;
}

type Found =
  | { readonly kind: 'none' }
  | { readonly kind: 'taken'; readonly loader: Loader }
  | { readonly kind: 'running' | 'elsewhere'; readonly loader: Loader };

/**
 * Takes the mark of an unfinished bulk load over when its loader is gone, under the mark's
 * write lock, so that of two stores opened at once (a service's worker threads, two services)
 * one finishes the load. `token` names this taking over: a transaction run again after its
 * commit was lost finds its own.
 */
async function takeOver(tx: Runner, token: string): Promise<Found> {
  // MATCH then SET takes the write lock; the next statement reads what its last holder committed.
  await run(tx, { text: `MATCH (u:${UNFINISHED_BULK_LOAD}) SET u.pid = u.pid`, params: {} });
  const [row] = await run(tx, {
    text: `MATCH (u:${UNFINISHED_BULK_LOAD}) RETURN u.host AS host, u.pid AS pid, u.startedAt AS startedAt, u.token AS token`,
    params: {},
  });
  if (row === undefined) return { kind: 'none' };
  const loader = {
    host: textOrNull(row, 'host'),
    pid: numericOrNull(row, 'pid'),
    startedAt: textOrNull(row, 'startedAt'),
  };
  if (textOrNull(row, 'token') !== token) {
    if (loader.host === hostname() && loader.pid !== null && processRuns(loader.pid))
      return { kind: 'running', loader };
    // Whether a process of another machine runs cannot be seen from here.
    if (loader.host !== null && loader.host !== hostname()) return { kind: 'elsewhere', loader };
  }
  await run(tx, {
    text: `MATCH (u:${UNFINISHED_BULK_LOAD}) SET u.host = $host, u.pid = $pid, u.token = $token`,
    params: { host: hostname(), pid: integer(process.pid), token },
  });
  return { kind: 'taken', loader };
}

function describeLoader({ host, pid, startedAt }: Loader): string {
  return `started ${startedAt ?? 'at an unknown time'} by kg import (pid ${pid ?? '?'} on ${host ?? 'an unknown machine'})`;
}

/**
 * What opening a store does with a bulk load that did not finish (neo4j-bulk-load.ts): one
 * whose loader stopped (killed, crashed, Neo4j gone) is finished here, by finishBulkLoad as
 * the load would have, before anything reads the store, so that a service never answers from
 * claims without their relations. One whose loader still runs on this machine is left to it;
 * one loaded from another machine too, said on `progress` with the fix, as this process
 * cannot tell whether that load still runs. Returns false when it left a load, whose end
 * counts everything: the start then leaves the counts to it.
 */
export async function finishStoppedBulkLoad(
  transactions: Neo4jTransactions,
  progress: (line: string) => void,
): Promise<boolean> {
  const token = randomUUID();
  const found = await transactions.write((tx) => takeOver(tx, token));
  switch (found.kind) {
    case 'none':
      return true;
    case 'running':
      progress(
        `Neo4j is being loaded in bulk, ${describeLoader(found.loader)}: its claims have no relations until that import ends.`,
      );
      return false;
    case 'elsewhere':
      progress(
        `Neo4j holds a bulk load ${describeLoader(found.loader)} that has not ended: its claims have no relations until it does. If that import stopped, \`kg import\` of any file (an empty one will do) finishes it.`,
      );
      return false;
    case 'taken':
      progress(
        `Neo4j holds a bulk load ${describeLoader(found.loader)} that stopped before its end: finishing it (indexes, relations, counts).`,
      );
      try {
        await finishBulkLoad(transactions, progress);
      } catch (error) {
        // Else the mark names this process, which runs: its next start of the store would leave
        // the load to itself. Not reachable either when Neo4j went away; a later process finishes it.
        await transactions
          .write((tx) => run(tx, { text: RELEASE, params: { token } }))
          .catch(() => undefined);
        throw error;
      }
      progress('  the bulk load is finished');
      return true;
    default:
      return unreachable(found);
  }
}

/** Gives up a taking over: the mark names no running process, so the next opening finishes it. */
const RELEASE = `MATCH (u:${UNFINISHED_BULK_LOAD} {token: $token}) SET u.pid = null, u.token = null`;
