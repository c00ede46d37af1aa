import neo4j from 'neo4j-driver';
import type { Driver, Session, SessionMode } from 'neo4j-driver';
import { timeLeft } from '../request-deadline';
import type { Runner } from './neo4j-cypher';
import { translateDriverError } from './neo4j-errors';
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

/**
 * The transactions of one request: its reads share one session, one at a
 * time, so that however many loads a query batches it holds at most one
 * connection (a session runs one transaction at a time). Writes and
 * auto-commit statements go through the store's own transactions.
 */
export class SharedReadSession implements Neo4jTransactions {
  private session: Session | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;

  constructor(private readonly base: DriverTransactions) {}

  read<T>(work: Work<T>): Promise<T> {
    if (this.ended) return this.base.read(work);
    const turn = this.queue.then(() =>
      this.base.slots.run(() => {
        this.session ??= this.base.openSession(neo4j.session.READ);
        return this.session.executeRead(work, transactionConfig());
      }),
    );
    this.queue = turn.catch(() => undefined);
    return translated(turn);
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.base.write(work);
  }

  autoCommit<T>(mode: SessionMode, work: Work<T>): Promise<T> {
    return this.base.autoCommit(mode, work);
  }

  /** Lets the reads already queued finish, then closes the session. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.queue;
    if (this.session) await closeQuietly(this.session);
  }
}
