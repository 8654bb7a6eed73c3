import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { Database } from './db/database';
import { createDriver } from './db/driver';
import { LocalNeo4j } from './db/localNeo4j';
import { applyMigrations } from './db/migrations';
import { StartupTask, StartupWork } from './db/startup';
import { seedIfEmptyTask } from './ingest/seed';
import type { Logger } from './logger';

/** The database side of a running process: the driver, and the local Neo4j when embedded. */
export interface Runtime {
  db: Database;
  driver: Driver;
  startup: StartupWork;
  /** Present when NEO4J_URI was unset and this process started Neo4j itself. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export const migrationTask: StartupTask = { name: 'migrations', run: applyMigrations };

/** What must run once before the service is ready: migrations, then (optionally) the first seed. */
export function startupTasks(config: Config): StartupTask[] {
  return config.seedOnEmpty ? [migrationTask, seedIfEmptyTask] : [migrationTask];
}

/**
 * Starts the embedded Neo4j when NEO4J_URI is unset (and waits for it), or prepares a driver for
 * NEO4J_URI without waiting: start-up work then runs on the first successful connection.
 */
export async function startRuntime(
  config: Config,
  logger: Logger,
  tasks: StartupTask[] = startupTasks(config),
): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = new LocalNeo4j({
      dataDir: config.dataDir,
      ...config.embedded,
      logger: logger.child({ component: 'neo4j' }),
    });
    uri = await local.start();
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, logger });
  const db = new Database(driver, {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    isAvailable: local ? () => local.isRunning : undefined,
  });
  const startup = new StartupWork(db, tasks, logger);
  startup.begin();
  return {
    db,
    driver,
    startup,
    local,
    async close() {
      startup.stop();
      await driver.close();
      await local?.stop();
    },
  };
}
