import { Router } from 'express';
import type { GraphStore } from '../store/graph-store';

/**
 * Liveness says the process answers; readiness says the store answers too,
 * so a load balancer stops sending traffic while the store is down.
 */
export function healthRoutes(store: GraphStore): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', (_req, res) => {
    store.ping().then(
      () => res.json({ status: 'ready' }),
      (error: unknown) =>
        res.status(503).json({
          status: 'not ready',
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
  });
  return router;
}
