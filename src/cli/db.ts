import { loadConfig } from '../config';
import { prepareDataDir } from '../dataDir';
import { LocalNeo4j } from '../db/localNeo4j';
import { createLogger } from '../logger';
import { startFailure } from './withDatabase';

/**
 * `fascia db`: the embedded Neo4j in the foreground, for development (point NEO4J_URI at it, or
 * open it with cypher-shell); other `fascia` tasks run through it meanwhile. Ctrl-C stops it.
 */
export async function runDb(port: number): Promise<void> {
  const config = loadConfig();
  prepareDataDir(config.dataDir);
  const logger = createLogger(config.logLevel);
  const neo4j = new LocalNeo4j({ dataDir: config.dataDir, port, ...config.embedded, logger, announce: true });
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const uri = await neo4j.start().catch((error: unknown) => {
    throw startFailure(error, config.dataDir, neo4j.logFile);
  });
  console.log(`Neo4j is running: NEO4J_URI=${uri} (data in ${neo4j.home}); Ctrl-C stops it.`);
}
