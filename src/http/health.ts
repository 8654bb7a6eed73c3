import { Router } from 'express';
import type { Database } from '../db/database';
import type { StartupWork } from '../db/startup';

/**
 * /health/live: the process is up. /health/ready: 200 only while Neo4j answers and start-up
 * work (migrations, first seed) is done; 503 otherwise, so load balancers route around us.
 */
export function healthRoutes(db: Database, startup: StartupWork): Router {
  const router = Router();
  router.get('/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/ready', async (_req, res) => {
    if (!startup.done) {
      res.status(503).json({ status: 'starting', reason: startup.pendingReason });
      return;
    }
    try {
      await db.ping(1_500);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message.split('\n')[0] });
    }
  });
  return router;
}
