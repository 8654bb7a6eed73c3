import { ConfigError, loadConfig, type Config } from './config';
import { DataDirError, prepareDataDir } from './dataDir';
import { createLogger } from './logger';
import { createRuntime, type Runtime } from './runtime';
import { buildServer, type FasciaServer } from './server';

/** An operator's mistake: one line on stderr, a non-zero exit, nothing started. */
function refuse(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) refuse(error.message, 2);
    throw error;
  }
}

/** The data directory holds the embedded Neo4j and, without FASCIA_JWT_SECRET, the token secret. */
function checkDataDir(config: Config): void {
  if (config.neo4j.uri && config.auth.secret) return;
  try {
    prepareDataDir(config.dataDir);
  } catch (error) {
    if (error instanceof DataDirError) refuse(error.message, 2);
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  checkDataDir(config);
  const logger = createLogger(config.logLevel);
  // Filled in as start-up proceeds; shutdown() stops whatever exists by then.
  const running: { runtime?: Runtime; server?: FasciaServer } = {};
  let stopping: Promise<void> | undefined;

  const shutdown = (reason: string, exitCode: number): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ reason }, 'shutting down');
      try {
        await running.server?.stop();
        await running.runtime?.close();
      } catch (error) {
        logger.error({ err: error }, 'error during shutdown');
        exitCode = exitCode || 1;
      }
      logger.info({ exitCode }, 'stopped');
      process.exit(exitCode);
    })();
    return stopping;
  };

  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void shutdown('uncaughtException', 1);
  });
  process.on('unhandledRejection', (error) => {
    logger.fatal({ err: error }, 'unhandled rejection');
    void shutdown('unhandledRejection', 1);
  });
  // Last resort for paths that skip shutdown(): exit() cannot wait, so the JVM is only signalled.
  process.on('exit', () => running.runtime?.local?.killNow());

  // Listen first: a busy port is reported before a JVM is started for nothing. Until Neo4j is up
  // and start-up work is done, /health/ready answers 503 and GraphQL SERVICE_UNAVAILABLE.
  const runtime = (running.runtime = await createRuntime(config, logger));
  const server = (running.server = await buildServer({ config, logger, db: runtime.db, startup: runtime.startup }));
  let port: number;
  try {
    port = await server.listen(config.port, config.host);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EADDRINUSE')
      refuse(`PORT ${config.port} is already in use on ${config.host}; stop what holds it or set PORT`, 1);
    if (code === 'EACCES')
      refuse(`PORT ${config.port} on ${config.host} needs privileges this user lacks; set PORT above 1023`, 1);
    if (code === 'EADDRNOTAVAIL') refuse(`HOST ${config.host} is not an address of this machine`, 1);
    throw error;
  }
  logger.info(
    {
      url: `http://localhost:${port}/graphql`,
      neo4j: config.neo4j.uri ?? runtime.local?.boltUri,
      embedded: !config.neo4j.uri,
    },
    'Fascia is listening',
  );
  try {
    await runtime.start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not start Neo4j');
    process.stderr.write(`${(error as Error).message}\n`);
    await shutdown('Neo4j did not start', 1);
  }
}

void main();
