import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from './logger';
import { currentRequestId } from './request-context';

/** The body of a GraphQL-shaped error answer. */
export function jsonErrorBody(
  code: string,
  message: string,
  extensions: Readonly<Record<string, unknown>>,
  requestId: string | undefined,
): { errors: { message: string; extensions: Record<string, unknown> }[] } {
  return {
    errors: [{ message, extensions: { ...extensions, code, ...(requestId ? { requestId } : {}) } }],
  };
}

/** A GraphQL-shaped error answer, for failures before GraphQL runs: clients parse one shape. */
export function sendJsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Readonly<Record<string, unknown>> = {},
): void {
  res.status(status).json(jsonErrorBody(code, message, extensions, currentRequestId()));
}

/** body-parser's error types (the `type` of its errors) that are the client's to fix. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The request body is not valid JSON.',
  },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is too large; send a smaller article or query.',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request body encoding is not supported; send identity, gzip or deflate.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request body must be JSON in UTF-8.',
  },
  'request.aborted': {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The request body ended early.',
  },
};

/**
 * The last error handler: without it express answers body-parser failures
 * with an HTML page holding a stack trace and absolute paths (outside
 * production). Whatever NODE_ENV says, the client gets JSON errors with a
 * code, and anything unexpected is masked and logged with the request id.
 */
export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.writableEnded) {
      // Already answered (a request cancelled at shutdown whose resolvers finished later): the
      // client has its answer, and this error has no one left to tell.
      log.debug('error after the answer was sent', { error: String(error) });
      return;
    }
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) {
      sendJsonError(res, known.status, known.code, known.message);
      return;
    }
    log.error('unexpected HTTP error', {
      requestId: currentRequestId(),
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    sendJsonError(
      res,
      500,
      'INTERNAL_SERVER_ERROR',
      'Internal server error; quote the request id when reporting it.',
    );
  };
}
