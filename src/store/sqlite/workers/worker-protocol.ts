import * as domainErrors from '../../../domain/errors';
import { KgError } from '../../../domain/errors';

/** What a SQLite worker process is started with. */
export interface WorkerSetup {
  /** The database file; every worker of a pool opens the same one. */
  readonly file: string;
  /** A reader's connection refuses writes (PRAGMA query_only). */
  readonly role: 'reader' | 'writer';
}

/** A port method to run: its name and its arguments, structured-cloned. */
export interface WorkerCall {
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** What an error looks like on its way between processes: classes do not survive structured cloning. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly stack: string | undefined;
  readonly code: unknown;
  readonly details: unknown;
}

export type WorkerReply =
  | { readonly id: number; readonly value: unknown }
  | { readonly id: number; readonly error: SentError };

/** The first message of a worker: its connection is open, or why not. */
export type WorkerReady =
  { readonly ready: true } | { readonly ready: false; readonly error: SentError };

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) {
    return {
      name: 'Error',
      message: String(error),
      stack: undefined,
      code: undefined,
      details: undefined,
    };
  }
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    code: (error as { code?: unknown }).code,
    details: error instanceof KgError ? error.details : undefined,
  };
}

/** The domain's error classes by name: a typed error crosses processes as the same class. */
const KG_ERROR_CLASSES = new Map(
  Object.values(domainErrors)
    .filter(
      (value): value is typeof KgError =>
        typeof value === 'function' && (value === KgError || value.prototype instanceof KgError),
    )
    .map((errorClass) => [errorClass.name, errorClass]),
);

/**
 * Rebuilds an error sent by a worker: a KgError as an instance of its own
 * class (callers test `instanceof`), anything else as an Error keeping its
 * name and code (SQLite's errors are told apart by code).
 */
export function receivedError(sent: SentError): Error {
  const kgClass = KG_ERROR_CLASSES.get(sent.name);
  // Built without its constructor, whose arguments differ from class to class.
  const error = kgClass ? (Object.create(kgClass.prototype) as Error) : new Error(sent.message);
  Object.assign(error, { name: sent.name, message: sent.message, stack: sent.stack });
  if (sent.code !== undefined) Object.assign(error, { code: sent.code });
  if (kgClass) Object.assign(error, { details: sent.details ?? {} });
  return error;
}
