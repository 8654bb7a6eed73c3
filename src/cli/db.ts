import { Command } from 'commander';
import { loadConfig } from '../config';
import { LocalNeo4j } from '../db/localNeo4j';
import { createLogger } from '../logger';

/**
 * `npm run db`: the embedded Neo4j in the foreground, for development (point NEO4J_URI at it,
 * or open it with cypher-shell). Ctrl-C stops it.
 */
async function main(): Promise<void> {
  const options = new Command('db')
    .description('Run a local Neo4j (the embedded default) in the foreground')
    .option('-p, --port <port>', 'Bolt port on 127.0.0.1', '7687')
    .parse()
    .opts<{ port: string }>();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = new LocalNeo4j({ dataDir: config.dataDir, port: Number(options.port), ...config.embedded, logger });
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const uri = await neo4j.start();
  console.log(`Neo4j is running: NEO4J_URI=${uri} (data in ${neo4j.home}); Ctrl-C stops it.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
