import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { KgError } from '../domain/errors';
import { LIMIT_ERROR_CODES } from './cost/limit-errors';

/** Codes GraphQL itself (or Apollo) gives to request errors; safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorLog {
  error(message: string, fields: Record<string, unknown>): void;
}

/**
 * The one place that decides what a client sees of an error: a KgError keeps
 * its message and code; request errors from GraphQL keep theirs; anything
 * else is masked as INTERNAL_SERVER_ERROR and logged with the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: ErrorLog,
  requestId: string | undefined,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof KgError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details, ...(requestId ? { requestId } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && LIMIT_ERROR_CODES.has(code)) {
    // The limit and what was found; Apollo adds a stack trace outside production.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, extensions };
  }
  if (
    original instanceof GraphQLError &&
    typeof code === 'string' &&
    REQUEST_ERROR_CODES.has(code)
  ) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  log.error('unexpected error', {
    requestId,
    path: formatted.path,
    error: original instanceof Error ? (original.stack ?? original.message) : String(original),
  });
  return {
    message: 'Internal server error; quote the request id when reporting it.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}
