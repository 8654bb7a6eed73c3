import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { authenticate } from './auth/authenticate';
import { createTokenVerifier } from './auth/tokens';
import type { Config } from './config';
import type { Context } from './context';
import type { Database } from './db/database';
import type { StartupWork } from './db/startup';
import { formatError } from './http/formatError';
import { readinessGate } from './http/readinessGate';
import { healthRoutes } from './http/health';
import { createLoaders } from './loaders';
import type { Logger } from './logger';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

export interface ServerDeps {
  config: Config;
  db: Database;
  startup: StartupWork;
  logger: Logger;
}

export interface FasciaServer {
  /** Not listening yet: main.ts listens on PORT, tests on port 0. */
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
}

const requestIdPattern = /^[\w.:-]{1,64}$/;

/** Builds the HTTP routes and the Apollo server; no listening happens here. */
export async function buildServer(deps: ServerDeps): Promise<FasciaServer> {
  const { config, db, startup, logger } = deps;
  const verifyToken = createTokenVerifier(config);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const plugins: ApolloServerPlugin<Context>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    readinessGate(startup),
  ];
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    plugins,
    formatError: formatError(config.nodeEnv, logger),
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
  });
  await apollo.start();

  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && requestIdPattern.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.use('/health', healthRoutes(db, startup));
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = res.locals.requestId as string;
        const principal = await authenticate(req.get('authorization'), verifyToken);
        return { requestId, logger: logger.child({ requestId }), db, loaders: createLoaders(db), principal };
      },
    }),
  );

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      }),
    stop: () => apollo.stop(),
  };
}
