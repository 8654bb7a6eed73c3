import type { Principal } from './auth/roles';
import type { Database } from './db/database';
import type { Loaders } from './loaders';
import type { Logger } from './logger';

/** Everything a resolver may use, created fresh for each request (src/server.ts). */
export interface Context {
  requestId: string;
  logger: Logger;
  db: Database;
  /** Fresh per request, so nothing read for one caller is served to another. */
  loaders: Loaders;
  /** Who is asking: anonymous unless a valid bearer token came with the request. */
  principal: Principal;
}
