import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../logger';
import { serviceVersion } from '../version';

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  logger: Logger;
}

/**
 * One Driver per process. The driver's defaults (30 s connection timeout, 60 s pool acquisition,
 * 30 s of transaction retries) would hold a request for a minute when the database is down;
 * these values make a request fail within about a second instead (neo4j-driver's Config docs list
 * the defaults).
 * The driver's warnings about connections it could not release repeat every outage's one cause,
 * so only its errors are logged.
 */
export function createDriver({ uri, user, password, logger }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    userAgent: `fascia/${serviceVersion}`,
    logging: {
      level: 'error',
      logger: (_level, message) => logger.error({ source: 'neo4j-driver' }, message),
    },
  });
}
