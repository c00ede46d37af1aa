import type { RequestHandler, Response } from 'express';
import type { Server } from 'node:http';
import { shuttingDown } from '../graphql/cost/limit-errors';
import { sendJsonError } from './http-errors';
import type { Logger } from './logger';

/** After the grace period, how long cancelled answers get to reach their clients. */
const CANCEL_FLUSH_MS = 1_000;

/**
 * Requests in flight: admission control (beyond `maxInFlight`, 503 with
 * Retry-After rather than a queue without bound; health probes always get
 * in), and the graceful stop: stop accepting, let in-flight requests finish
 * within the grace period, then cancel the rest (the query budget plugin's
 * resolvers watch `cancelled`) and close what remains.
 */
export class ServerLifecycle {
  private readonly inFlight = new Set<Response>();
  private readonly cancel = new AbortController();
  private draining = false;
  private onIdle: (() => void) | undefined;

  /** Aborted when the grace period is over. */
  readonly cancelled: AbortSignal = this.cancel.signal;

  constructor(private readonly maxInFlight: number) {}

  /** Counts requests; refuses them when full, and once stopping (on kept-alive connections). */
  track(): RequestHandler {
    return (req, res, next) => {
      if (this.draining) {
        res.setHeader('connection', 'close');
        res.setHeader('retry-after', '1');
        sendJsonError(
          res,
          503,
          'SHUTTING_DOWN',
          'The server is shutting down; send the request again.',
        );
        return;
      }
      if (this.inFlight.size >= this.maxInFlight && !req.path.startsWith('/health/')) {
        res.setHeader('retry-after', '1');
        sendJsonError(
          res,
          503,
          'SERVER_BUSY',
          `The server is answering ${this.inFlight.size} requests, its limit (KG_MAX_IN_FLIGHT); send the request again in a moment.`,
          { retryable: true },
        );
        return;
      }
      this.inFlight.add(res);
      res.once('close', () => {
        this.inFlight.delete(res);
        if (this.inFlight.size === 0) this.onIdle?.();
      });
      next();
    };
  }

  async stop(httpServer: Server, graceMs: number, log: Logger): Promise<void> {
    this.draining = true;
    log.info('stopping: no new requests, waiting for those in flight', {
      inFlight: this.inFlight.size,
      graceMs,
    });
    // Answers still to come close their connection, so keep-alive does not hold the server open.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    httpServer.close();
    httpServer.closeIdleConnections();
    if (!(await this.idleWithin(graceMs))) {
      log.warn('grace period over: cancelling the requests still in flight', {
        inFlight: this.inFlight.size,
      });
      this.cancel.abort();
      // Resolvers still to run stop at once; a request waiting on the store gets its answer now.
      for (const res of this.inFlight) {
        if (res.headersSent) continue;
        res.setHeader('connection', 'close');
        sendJsonError(res, 503, 'SHUTTING_DOWN', shuttingDown().message);
      }
      await this.idleWithin(CANCEL_FLUSH_MS);
    }
    httpServer.closeAllConnections();
  }

  private idleWithin(ms: number): Promise<boolean> {
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.onIdle = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }
}
