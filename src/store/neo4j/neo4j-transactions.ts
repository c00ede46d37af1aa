import neo4j from 'neo4j-driver';
import type { Driver, Session, SessionMode, Transaction } from 'neo4j-driver';
import { timeLeft } from '../request-deadline';
import type { Runner } from './neo4j-cypher';
import { retryReason, translateDriverError } from './neo4j-errors';
import { withRetries } from './neo4j-retry';
import type { TransactionSlots } from './neo4j-slots';

type TransactionConfig = Parameters<Session['beginTransaction']>[0];

/** A unit of work: one or more statements in one transaction, safe to run twice. */
export type Work<T> = (tx: Runner) => Promise<T>;

/** How the store's methods reach Neo4j; errors come out translated (neo4j-errors.ts). */
export interface Neo4jTransactions {
  read<T>(work: Work<T>): Promise<T>;
  write<T>(work: Work<T>): Promise<T>;
  /** Statements in auto-commit mode, not retried: schema changes, the readiness probe. */
  autoCommit<T>(mode: SessionMode, work: Work<T>): Promise<T>;
}

async function translated<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw translateDriverError(error);
  }
}

/**
 * A transaction within a request ends at the request's deadline: Neo4j
 * terminates it then (neo4j-errors.ts turns that into TimeoutError). Asked
 * when the transaction begins, after any wait for a connection; throws
 * TimeoutError when the deadline has already passed.
 */
function transactionConfig(): TransactionConfig | undefined {
  const left = timeLeft();
  return left === undefined ? undefined : { timeout: left };
}

/** A session on a lost connection may fail to close; the answer is already known. */
async function closeQuietly(session: Session): Promise<void> {
  await session.close().catch(() => undefined);
}

/**
 * One explicit transaction: committed when `work` succeeds, rolled back
 * otherwise. Writes use these under their own retry policy (neo4j-retry.ts)
 * rather than `executeWrite`, whose retry time is one setting for the
 * whole driver and is kept short for reads.
 */
async function commitOnce<T>(session: Session, work: Work<T>): Promise<T> {
  const tx = session.beginTransaction(transactionConfig());
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

/**
 * A session per call, each transaction holding one of the slots. Reads are
 * managed transactions (`executeRead`, retried by the driver within
 * `maxTransactionRetryTime`); writes retry conflicts for longer.
 */
export class DriverTransactions implements Neo4jTransactions {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    readonly slots: TransactionSlots,
  ) {}

  openSession(mode: SessionMode): Session {
    return this.driver.session({ database: this.database, defaultAccessMode: mode });
  }

  private inSession<T>(mode: SessionMode, work: (session: Session) => Promise<T>): Promise<T> {
    return this.slots.run(async () => {
      const session = this.openSession(mode);
      try {
        return await work(session);
      } finally {
        await closeQuietly(session);
      }
    });
  }

  read<T>(work: Work<T>): Promise<T> {
    return translated(
      this.inSession(neo4j.session.READ, (s) => s.executeRead(work, transactionConfig())),
    );
  }

  write<T>(work: Work<T>): Promise<T> {
    return translated(
      withRetries(() => this.inSession(neo4j.session.WRITE, (s) => commitOnce(s, work))),
    );
  }

  autoCommit<T>(mode: SessionMode, work: Work<T>): Promise<T> {
    return translated(this.inSession(mode, work));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** A request's read transaction, and what ends it: rollback, session, slot. */
interface OpenRead {
  readonly tx: Transaction;
  close(): Promise<void>;
}

/**
 * The transactions of one request: its reads run in one session and one
 * read transaction, begun at the first read and ended with the request, so
 * that a query's batched loads cost one transaction and hold one
 * connection however many there are. The reads take turns (a transaction
 * runs one statement at a time). The transaction's timeout is the
 * request's deadline, so Neo4j stops a statement still running then.
 *
 * A failed statement ends the transaction on the server: it is dropped,
 * and the next read begins another. A read that failed for a reason worth
 * retrying (connection lost, transient error) runs again as a managed
 * transaction of its own, with the driver's retries. A write first ends
 * the read transaction (the request holds one connection at a time), then
 * runs as the store's writes do; reads after it begin a new one.
 */
export class RequestReadTransaction implements Neo4jTransactions {
  private open: OpenRead | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;

  constructor(private readonly base: DriverTransactions) {}

  read<T>(work: Work<T>): Promise<T> {
    if (this.ended) return this.base.read(work);
    return translated(this.inTurn(() => this.readInTransaction(work)));
  }

  async write<T>(work: Work<T>): Promise<T> {
    await this.inTurn(() => this.close());
    return this.base.write(work);
  }

  autoCommit<T>(mode: SessionMode, work: Work<T>): Promise<T> {
    return this.base.autoCommit(mode, work);
  }

  /** Lets the reads already queued finish, then ends the transaction and its session. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.inTurn(() => this.close());
  }

  /** Runs `step` after every step queued before it, whether they failed or not. */
  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(step);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async readInTransaction<T>(work: Work<T>): Promise<T> {
    const open = (this.open ??= await this.begin());
    try {
      return await work(open.tx);
    } catch (error) {
      await this.close();
      if (retryReason(error) === null) throw error;
      return this.base.read(work);
    }
  }

  /** Waits for a slot, then a session and its transaction; the driver connects at the first statement. */
  private async begin(): Promise<OpenRead> {
    const release = await this.base.slots.hold();
    try {
      const config = transactionConfig();
      const session = this.base.openSession(neo4j.session.READ);
      const tx = session.beginTransaction(config);
      return {
        tx,
        close: async () => {
          // Nothing was written: rolling back ends it as well as committing would, and cannot fail.
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          await closeQuietly(session);
          release();
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  private async close(): Promise<void> {
    const open = this.open;
    this.open = undefined;
    await open?.close();
  }
}
