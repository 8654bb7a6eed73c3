import { loadConfig } from '../config';
import { prepareDataDir } from '../dataDir';
import { Database } from '../db/database';
import { createDriver } from '../db/driver';
import { LocalNeo4j } from '../db/localNeo4j';
import { createLogger, type Logger } from '../logger';

/**
 * Runs a command-line task against NEO4J_URI, or, when unset, against the embedded default in
 * FASCIA_DATA_DIR (started for the task and stopped after; stop the service first, since one
 * data directory serves one Neo4j at a time).
 */
export async function withDatabase<T>(task: (db: Database, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    prepareDataDir(config.dataDir);
    local = new LocalNeo4j({ dataDir: config.dataDir, ...config.embedded, restartOnCrash: false, logger });
    uri = await local.start();
  }
  const db = new Database(createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, logger }), {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
  });
  try {
    return await task(db, logger);
  } finally {
    await db.driver.close();
    await local?.stop();
  }
}

/** Prints the error's message (not a stack) and exits non-zero: for CLI entry points. */
export function exitOnError(error: unknown): never {
  console.error((error as Error).message);
  process.exit(1);
}
