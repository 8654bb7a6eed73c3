import { loadConfig, type Config } from '../config';
import { prepareDataDir } from '../dataDir';
import { Database } from '../db/database';
import { createDriver } from '../db/driver';
import { liveHolder } from '../db/holder';
import { LocalNeo4j } from '../db/localNeo4j';
import { createLogger, type Logger } from '../logger';
import { exitCodes, OperatorError } from './failures';

/** Neo4j's words when another JVM holds the store. */
const storeLocked = /FileLockException|locked by another process|StoreLockException/;

async function startLocal(config: Config, logger: Logger): Promise<{ local: LocalNeo4j; uri: string }> {
  prepareDataDir(config.dataDir);
  const local = new LocalNeo4j({ dataDir: config.dataDir, ...config.embedded, restartOnCrash: false, logger });
  try {
    return { local, uri: await local.start() };
  } catch (error) {
    throw startFailure(error, config.dataDir, local.logFile);
  }
}

/** A failed start of the embedded Neo4j in one line: the store lock said as such, else the first line and the log. */
export function startFailure(error: unknown, dataDir: string, logFile: string): OperatorError {
  const message = (error as Error).message;
  if (storeLocked.test(message))
    return new OperatorError(
      `the data directory ${dataDir} is locked by another Neo4j (a service starting or stopping, or one run by ` +
        'another tool): wait for it, stop it, or set NEO4J_URI to reach it',
      exitCodes.database,
    );
  return new OperatorError(
    `the embedded Neo4j did not start: ${message.split('\n')[0]} (its log: ${logFile})`,
    exitCodes.database,
  );
}

/**
 * Runs a command-line task against NEO4J_URI or, when unset, the embedded default in
 * FASCIA_DATA_DIR: through the Neo4j of the service (or `fascia db`) that holds the directory
 * when one runs, else a Neo4j started for the task and stopped after.
 */
export async function withDatabase<T>(task: (db: Database, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const holder = await liveHolder(config.dataDir);
    if (holder) {
      process.stderr.write(
        `fascia: ${config.dataDir} is held by a running process (pid ${holder.pid}); working through its Neo4j at ${holder.bolt}\n`,
      );
      uri = holder.bolt;
    } else ({ local, uri } = await startLocal(config, logger));
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
