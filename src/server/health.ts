import { Router } from 'express';
import type { GraphStore } from '../store/graph-store';
import type { Logger } from './logger';

/**
 * Liveness says the process answers; readiness says the store answers too,
 * so a load balancer stops sending traffic while the store is down. Probes
 * are public: why the store failed goes to the log, not to the caller.
 */
export function healthRoutes(store: GraphStore, log: Logger): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', (_req, res) => {
    // A store may throw rather than reject (better-sqlite3 once closed): both mean not ready.
    Promise.resolve()
      .then(() => store.ping())
      .then(
        () => res.json({ status: 'ready' }),
        (error: unknown) => {
          log.warn('not ready: the store does not answer', {
            error: error instanceof Error ? error.message : String(error),
          });
          res.status(503).json({ status: 'not ready' });
        },
      );
  });
  return router;
}
