import { loadConfig, type Config } from '../../src/config';
import type { StartupTask } from '../../src/db/startup';
import { createLogger } from '../../src/logger';
import { migrationTask, startRuntime, type Runtime } from '../../src/runtime';
import { buildServer, type FasciaServer } from '../../src/server';
import { postGraphQL, type GraphQLResponse } from './graphql';

export interface TestServer {
  url: string;
  baseUrl: string;
  runtime: Runtime;
  server: FasciaServer;
  config: Config;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The service in this process on a free port, against the run's shared Neo4j (NEO4J_URI from
 * globalSetup) unless env overrides it.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  tasks: StartupTask[] = [migrationTask],
  waitReady = true,
): Promise<TestServer> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...env });
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const runtime = await startRuntime(config, logger, tasks);
  if (waitReady) await runtime.startup.whenDone();
  const server = await buildServer({ config, logger, db: runtime.db, startup: runtime.startup });
  const port = await server.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/graphql`;
  return {
    url,
    baseUrl,
    runtime,
    server,
    config,
    gql: (query, variables, headers) => postGraphQL(url, query, variables, headers),
    async close() {
      await server.stop();
      await runtime.close();
    },
  };
}
