import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { Database } from './db/database';
import { createDriver } from './db/driver';
import { freePort } from './db/freePort';
import { LocalNeo4j } from './db/localNeo4j';
import { upgradeStore } from './curation/legacyClaims';
import { StartupTask, StartupWork } from './db/startup';
import { seedIfEmptyTask } from './ingest/seed';
import { warmUp } from './repositories/warmUp';
import type { Logger } from './logger';

/** The database side of a running process: the driver, and the local Neo4j when embedded. */
export interface Runtime {
  db: Database;
  driver: Driver;
  startup: StartupWork;
  /** Present when NEO4J_URI was unset and this process starts Neo4j itself. */
  local?: LocalNeo4j;
  /** Starts the embedded Neo4j (when there is one) and waits for it, then begins the start-up work. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export const migrationTask: StartupTask = { name: 'migrations', run: upgradeStore };
/** Plans every hot statement before the service reports ready, so the first requests are not slow. */
export const warmUpTask: StartupTask = { name: 'warm up', run: warmUp };

/** What must run once before the service is ready: migrations, (optionally) the first seed, the warm-up. */
export function startupTasks(config: Config): StartupTask[] {
  return config.seedOnEmpty ? [migrationTask, seedIfEmptyTask, warmUpTask] : [migrationTask, warmUpTask];
}

/**
 * The database side, not started yet: a driver for NEO4J_URI, or for the embedded Neo4j on a
 * port picked now, so the HTTP server can listen (and fail on a busy port) before any JVM runs.
 * Start-up work runs on the first successful connection after `start()`.
 */
export async function createRuntime(
  config: Config,
  logger: Logger,
  tasks: StartupTask[] = startupTasks(config),
): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    local = new LocalNeo4j({
      dataDir: config.dataDir,
      port: await freePort(),
      ...config.embedded,
      logger: logger.child({ component: 'neo4j' }),
      announce: true,
    });
    uri = local.boltUri;
  }
  const connect = () => createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, logger });
  const db = new Database(connect(), {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    specialisedStatements: config.neo4j.specialisedStatements,
    logger: logger.child({ component: 'statements' }),
    isAvailable: local ? () => local.isRunning : undefined,
  });
  // A restarted JVM listens on the same port: a fresh pool skips the dead one's connections.
  // (No warm-up then: measured, planning every hot statement at once on the cold JVM slowed the
  // curators' first writes from 3 s to 7 s after the restart, and some timed out.)
  local?.on('restarted', () => db.replaceDriver(connect()));
  const startup = new StartupWork(db, tasks, logger);
  return {
    db,
    get driver() {
      return db.driver;
    },
    startup,
    local,
    async start() {
      await local?.start();
      startup.begin();
    },
    async close() {
      startup.stop();
      await db.driver.close();
      await local?.stop();
    },
  };
}

/** createRuntime, started: for tests and command-line tasks that need the database at once. */
export async function startRuntime(config: Config, logger: Logger, tasks?: StartupTask[]): Promise<Runtime> {
  const runtime = await createRuntime(config, logger, tasks);
  await runtime.start();
  return runtime;
}
