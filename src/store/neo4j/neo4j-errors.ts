import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { StoreBusyError, StoreUnavailableError } from '../../domain/errors';
import { pastDeadline, timeoutError } from '../request-deadline';

/*
 * Driver errors are recognised by their `code`, never by their message
 * (neo4j-driver manual, "Error handling"; Status Codes for Errors).
 */

/** The server cannot be reached, or answers but its database is stopped or still starting. */
function isUnreachable(code: string): boolean {
  return (
    code === driverErrors.SERVICE_UNAVAILABLE ||
    code === driverErrors.SESSION_EXPIRED ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  );
}

/**
 * The store cannot be reached or will not let us in: a request can only
 * fail with STORE_UNAVAILABLE, and the driver reconnects by itself once it
 * is back.
 */
function isUnavailable(code: string): boolean {
  return isUnreachable(code) || code.startsWith('Neo.ClientError.Security.');
}

/**
 * Transient errors other than unavailability: the transaction lost a
 * deadlock, waited too long for a lock, or met a server short of memory or
 * threads. Running it again later succeeds. A transaction someone
 * terminated is not one of them.
 */
function isConflict(code: string): boolean {
  return (
    code.startsWith('Neo.TransientError.') &&
    !isUnreachable(code) &&
    code !== 'Neo.TransientError.Transaction.Terminated' &&
    code !== 'Neo.TransientError.Transaction.LockClientStopped'
  );
}

/**
 * The transaction outlived its timeout (the request's deadline, or the
 * server's own `db.transaction.timeout`) and Neo4j terminated it. A
 * statement waiting for a lock when that happens learns it as
 * LockClientStopped, one sent after it as Terminated: those are timeouts
 * too when the request's deadline has passed.
 */
function isTimedOut(code: string): boolean {
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return true;
  return (
    /^Neo\.(Client|Transient)Error\.Transaction\.(LockClientStopped|Terminated)$/u.test(code) &&
    pastDeadline()
  );
}

/**
 * The driver found no free connection in its pool, or could not open a new
 * one, within `connectionAcquisitionTimeout`. The driver gives this error no
 * code of its own (it says 'N/A', as for any error it raises itself), so
 * this is the one case told apart by its message; a test provokes it with
 * a real driver (tests/store/neo4j-pool-exhausted.neo4j.test.ts), so a
 * driver that words it differently fails there, not in production.
 */
function isPoolExhausted(error: Neo4jError): boolean {
  return error.code === 'N/A' && error.message.startsWith('Connection acquisition timed out');
}

/** Why a failed transaction may succeed if run again, or null when it would fail the same way. */
export function retryReason(error: unknown): 'conflict' | 'unreachable' | null {
  if (!(error instanceof Neo4jError)) return null;
  if (isConflict(error.code)) return 'conflict';
  if (isUnreachable(error.code)) return 'unreachable';
  return null;
}

/**
 * Translates where we call the driver: unavailability becomes
 * StoreUnavailableError, a conflict that outlasted its retries or a pool
 * with no connection to give StoreBusyError, a transaction past its
 * timeout TimeoutError; anything else passes unchanged.
 */
export function translateDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (isUnavailable(error.code)) return new StoreUnavailableError('Neo4j', error);
  if (isTimedOut(error.code)) return Object.assign(timeoutError(), { cause: error });
  if (isConflict(error.code) || isPoolExhausted(error)) return new StoreBusyError('Neo4j', error);
  return error;
}

/** Two replicas creating the same index at once: the loser is told it exists, which is what it wanted. */
export function isEquivalentSchemaRule(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists'
  );
}
