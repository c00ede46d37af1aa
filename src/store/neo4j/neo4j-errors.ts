import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors';

/**
 * Driver errors recognised by their `code`, never by their message
 * (neo4j-driver manual, "Error handling"). These mean that the store cannot
 * be reached or will not let us in: a request can only fail with
 * STORE_UNAVAILABLE, and the driver reconnects by itself once it is back.
 */
function isUnavailable(code: string): boolean {
  return (
    code === driverErrors.SERVICE_UNAVAILABLE ||
    code === driverErrors.SESSION_EXPIRED ||
    code.startsWith('Neo.ClientError.Security.') ||
    // The server answers but the database is stopped or still starting.
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  );
}

/** Translates where we call the driver: unavailability becomes StoreUnavailableError; anything else passes unchanged. */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError && isUnavailable(error.code)) {
    return new StoreUnavailableError('Neo4j', error);
  }
  return error;
}

/** Two replicas creating the same index at once: the loser is told it exists, which is what it wanted. */
export function isEquivalentSchemaRule(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists'
  );
}
