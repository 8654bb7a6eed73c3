import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { authenticate } from './auth/authenticate';
import { createTokenVerifier } from './auth/tokens';
import type { Config } from './config';
import type { Context } from './context';
import type { Database } from './db/database';
import type { StartupWork } from './db/startup';
import { compiledExecution, type CompiledExecutionStats } from './http/compiledExecution';
import { publicCaching } from './http/publicCaching';
import { rateLimitPerClient } from './http/rateLimit';
import { formatError } from './http/formatError';
import { gracefulStop } from './http/gracefulStop';
import { healthRoutes } from './http/health';
import { createMetrics } from './http/metrics';
import { observabilityPlugin } from './http/observability';
import { costLimitPlugin } from './http/queryCost';
import { armorProtection } from './http/queryLimits';
import { readinessGate } from './http/readinessGate';
import { runWithRequestId } from './http/requestContext';
import { requestErrorHandler } from './http/requestErrors';
import { refuseSubscriptions } from './http/subscriptions';
import { createLoaders } from './loaders';
import type { Logger } from './logger';
import { resolvers } from './resolvers';
import { projectRoot } from './paths';
import { loadTypeDefs, printedSchema } from './schema';

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
  /** What compiled execution did so far; null when graphql-js executes (FASCIA_COMPILED_EXECUTION=false). */
  compiledExecution: CompiledExecutionStats | null;
}

const requestIdPattern = /^[\w.:-]{1,64}$/;

/** CORS: any origin reads without credentials by default; a list of origins may send them. */
function corsOptions(origins: Config['http']['corsOrigins']): cors.CorsOptions {
  return {
    origin: origins === '*' ? '*' : origins,
    credentials: origins !== '*',
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  };
}

/** Builds the HTTP routes and the Apollo server; no listening happens here. */
export async function buildServer(deps: ServerDeps): Promise<FasciaServer> {
  const { config, db, startup, logger } = deps;
  const production = config.nodeEnv === 'production';
  const verifyToken = createTokenVerifier(config);
  const metrics = createMetrics(db);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const shutdown = gracefulStop(httpServer);

  const armor = armorProtection(config.limits, production);
  const plugins: ApolloServerPlugin<Context>[] = [
    readinessGate(startup),
    refuseSubscriptions(),
    publicCaching(config.http.cacheMaxAgeSeconds),
    costLimitPlugin(config.limits.maxCost),
    observabilityPlugin(metrics),
    ...(armor.plugins as ApolloServerPlugin<Context>[]),
    // The schema sets no cache hints, and the default cache-control plugin would otherwise wrap
    // every field's resolver to compute them (a measurable share of a 500-claim page).
    ApolloServerPluginCacheControlDisabled(),
    // A browser asking for /graphql is sent to GraphiQL (below), served from here; Apollo's landing
    // page would load Apollo Sandbox from a CDN, which fails offline.
    ApolloServerPluginLandingPageDisabled(),
  ];
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const gateway = config.http.compiledExecution ? compiledExecution(schema) : null;
  const apollo = new ApolloServer<Context>({
    ...(gateway ? { gateway } : { schema }),
    plugins,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: config.limits.maxTokens },
    formatError: formatError(config.nodeEnv),
    introspection: config.http.introspection,
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    hideSchemaDetailsFromClientErrors: production,
    // CSRF prevention is on by default: GET and simple POSTs need a preflighted header.
    csrfPrevention: true,
    // main.ts owns the process's signals and stops the HTTP server and Neo4j in order; Apollo's
    // own handler would stop the server under it and re-raise the signal (exit 143, requests cut).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(shutdown.closeAfterResponse);
  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && requestIdPattern.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    logger.debug({ requestId, method: req.method, path: req.path }, 'request received');
    next();
  });
  app.use('/health', healthRoutes(db, startup));
  // The printed schema for clients' code generators (schema.graphql at the repository root is the
  // same text); off with introspection, since it tells the same.
  if (config.http.introspection) {
    const sdl = printedSchema();
    app.get('/schema.graphql', (_req, res) => {
      res.type('text/plain; charset=utf-8').send(sdl);
    });
  }
  // The explorer page (bundled by `npm run build`); served here so it works offline, no CDN.
  app.use(
    '/explorer',
    express.static(path.join(projectRoot, 'dist', 'explorer'), { index: 'index.html', maxAge: '1h' }),
  );
  // Browsers ask for /favicon.ico on every page; an SVG icon, which they all draw.
  app.get('/favicon.ico', (_req, res) => {
    res.type('image/svg+xml').sendFile(path.join(projectRoot, 'dist', 'explorer', 'favicon.svg'), { maxAge: '1d' });
  });
  // GraphiQL, bundled by `npm run build` like the explorer: an IDE that works offline.
  app.use(
    '/graphiql',
    express.static(path.join(projectRoot, 'dist', 'graphiql'), { index: 'index.html', maxAge: '1h' }),
  );
  app.get('/graphql', (req, res, next) => {
    // A browser opening the endpoint (not a GET query, which carries `query`) gets the IDE.
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html')
      return res.redirect(302, '/graphiql/');
    next();
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    cors(corsOptions(config.http.corsOrigins)),
    // After CORS, so a browser can read the 429 too.
    ...(config.http.rateLimitPerMinute > 0 ? [rateLimitPerClient(config.http.rateLimitPerMinute)] : []),
    express.json({ limit: config.limits.bodyLimit }),
    // After body parsing (whose stream callbacks run outside it): Apollo's work, formatError
    // included, runs inside the request's context and can read its id.
    (_req, res, next) => runWithRequestId(res.locals.requestId as string, next),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = res.locals.requestId as string;
        const principal = await authenticate(req.get('authorization'), verifyToken);
        return { requestId, logger: logger.child({ requestId }), db, loaders: createLoaders(db), principal };
      },
    }),
  );
  app.use(requestErrorHandler(logger));

  return {
    httpServer,
    compiledExecution: gateway?.stats ?? null,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      }),
    stop: async () => {
      if (httpServer.listening) await shutdown.stop();
      await apollo.stop();
      metrics.close();
    },
  };
}
