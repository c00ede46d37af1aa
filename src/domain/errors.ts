/** Public error codes. The GraphQL layer maps them one to one; clients rely on them. */
export type KgErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'STORE_UNAVAILABLE'
  | 'STORE_BUSY'
  | 'TIMEOUT'
  | 'NLP_UNAVAILABLE';

/** An error a user can act on: the message names the bad value and the fix. */
export class KgError extends Error {
  constructor(
    readonly code: KgErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends KgError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends KgError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} has id "${id}".`, { id });
  }
}

export class VocabularyError extends KgError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class UnauthenticatedError extends KgError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** Known, but not allowed to do this: a reader key on a mutation. */
export class ForbiddenError extends KgError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** The change clashes with what is stored (a key name already taken). */
export class ConflictError extends KgError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('CONFLICT', message, details);
  }
}

export class StoreUnavailableError extends KgError {
  constructor(store: string, cause: unknown) {
    super('STORE_UNAVAILABLE', `The ${store} store is not reachable; try again shortly.`, {
      retryable: true,
    });
    this.cause = cause;
  }
}

/**
 * The store answers but could not fit the work in: conflicting writes that
 * kept colliding for the whole retry budget, or every connection in use.
 * Nothing was written; the same request can be sent again.
 */
export class StoreBusyError extends KgError {
  constructor(store: string, cause: unknown) {
    super('STORE_BUSY', `The ${store} store is busy with other writes or requests; try again.`, {
      retryable: true,
    });
    this.cause = cause;
  }
}

/**
 * The request ran past its deadline (KG_REQUEST_TIMEOUT_MS) and its store
 * work was stopped: a read was cancelled, a write rolled back. Asking for
 * less, or asking again when the server is less busy, can succeed.
 */
export class TimeoutError extends KgError {
  /** `timeoutMs`: the request's allowance, when the deadline was the request's. */
  constructor(timeoutMs?: number) {
    super(
      'TIMEOUT',
      `The request did not finish within its deadline${timeoutMs === undefined ? '' : ` of ${timeoutMs} ms`}, and its store work was stopped. ` +
        'Ask for less (smaller pages, fewer hops, a narrower filter), or send it again when the server is less busy.',
      timeoutMs === undefined ? { retryable: true } : { retryable: true, timeoutMs },
    );
  }
}

/**
 * The language analyser (a Stanford CoreNLP server) did not answer, or not as
 * CoreNLP does. Nothing was written; the same request can be sent again once it answers.
 */
export class NlpUnavailableError extends KgError {
  constructor(url: string, reason: string, cause?: unknown) {
    super(
      'NLP_UNAVAILABLE',
      `The language analyser at ${url} did not answer (${reason}). ` +
        "Start the project's server with `npm run nlp:start`, or set KG_NLP_URL to a running Stanford CoreNLP server.",
      { retryable: true },
    );
    this.cause = cause;
  }
}

/** For programmer mistakes only: never shown to users (masked as INTERNAL_SERVER_ERROR). */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant: ${message}`);
}

/** Ends an exhaustive switch; the compiler proves it unreachable. */
export function unreachable(value: never): never {
  throw new Error(`invariant: unexpected value ${String(value)}`);
}
