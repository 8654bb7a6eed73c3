import type { Database } from './db/database';
import type { Logger } from './logger';

/** Everything a resolver may use, created fresh for each request (src/server.ts). */
export interface Context {
  requestId: string;
  logger: Logger;
  db: Database;
}
