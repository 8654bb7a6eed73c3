import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { startRuntime, type Runtime } from './runtime';
import { buildServer, type FasciaServer } from './server';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
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

  try {
    running.runtime = await startRuntime(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'could not start Neo4j');
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const { runtime } = running;
  const server = await buildServer({ config, logger, db: runtime.db, startup: runtime.startup });
  running.server = server;
  const port = await server.listen(config.port, config.host);
  logger.info(
    {
      url: `http://localhost:${port}/graphql`,
      neo4j: config.neo4j.uri ?? runtime.local?.boltUri,
      embedded: !config.neo4j.uri,
    },
    'Fascia is listening',
  );
}

void main();
