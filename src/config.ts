import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

/**
 * Every environment variable the service reads, with its default. The README's configuration
 * table mirrors this object; keep them together.
 */
const environment = z.object({
  // Safe when unset: no stack traces, no field suggestions. `npm run dev` asks for development.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: port.default(4000),
  // Loopback unless asked: a container or a server that should listen on every interface says so.
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: optionalText.pipe(
    z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must be a bolt:// or neo4j:// URI')
      .optional(),
  ),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  FASCIA_DATA_DIR: z.string().min(1).default('.fascia'),
  FASCIA_NEO4J_HEAP_MB: positiveInt.default(512),
  FASCIA_NEO4J_PAGECACHE_MB: positiveInt.default(256),
  FASCIA_NEO4J_START_TIMEOUT_MS: positiveInt.default(180_000),
  FASCIA_DB_TIMEOUT_MS: positiveInt.default(5_000),
  // Relation statements with their shape written in, for the hottest shapes (repositories/relationShapes.ts); 0: none.
  FASCIA_SPECIALISED_STATEMENTS: z.coerce.number().int().min(0).max(256).default(32),
  FASCIA_SEED_ON_EMPTY: flag.default(true),
  FASCIA_MAX_DEPTH: positiveInt.default(15),
  FASCIA_MAX_ALIASES: positiveInt.default(20),
  FASCIA_MAX_DIRECTIVES: positiveInt.default(20),
  FASCIA_MAX_TOKENS: positiveInt.default(3_000),
  FASCIA_MAX_COST: positiveInt.default(200_000),
  FASCIA_BODY_LIMIT: z
    .string()
    .regex(/^[0-9]+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
    .default('100kb'),
  FASCIA_CORS_ORIGINS: z.string().default('*'),
  FASCIA_INTROSPECTION: flag.default(true),
  // graphql-jit behind Apollo (src/http/compiledExecution.ts); false runs graphql-js.
  FASCIA_COMPILED_EXECUTION: flag.default(true),
  // Seconds a shared cache (a CDN) may keep an anonymous GET query's answer; 0: no-store.
  FASCIA_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  // GraphQL requests per client (IP address) per minute; 0: no limit (the default, for local use).
  FASCIA_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(0),
  FASCIA_JWT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  FASCIA_JWKS_URL: optionalText.pipe(z.url().optional()),
  FASCIA_JWT_ISSUER: optionalText,
  FASCIA_JWT_MAX_LIFETIME: z
    .string()
    .regex(/^[0-9]+[smhd]$/, 'must be a duration such as 30m, 12h or 7d')
    .default('24h'),
  FASCIA_JWT_AUDIENCE: optionalText,
});

export type Config = ReturnType<typeof toConfig>;

/** `30m`, `12h`, `7d` → seconds. */
export function durationSeconds(duration: string): number {
  const unit = { s: 1, m: 60, h: 3_600, d: 86_400 }[duration.at(-1) as 's' | 'm' | 'h' | 'd'];
  return Number(duration.slice(0, -1)) * unit;
}

function toConfig(env: z.infer<typeof environment>) {
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    logLevel: env.LOG_LEVEL,
    neo4j: {
      /** Unset means: start the embedded default under dataDir. */
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      transactionTimeoutMs: env.FASCIA_DB_TIMEOUT_MS,
      /** At most this many query shapes get a relation statement of their own. */
      specialisedStatements: env.FASCIA_SPECIALISED_STATEMENTS,
    },
    embedded: {
      heapMb: env.FASCIA_NEO4J_HEAP_MB,
      pageCacheMb: env.FASCIA_NEO4J_PAGECACHE_MB,
      startTimeoutMs: env.FASCIA_NEO4J_START_TIMEOUT_MS,
    },
    dataDir: path.resolve(env.FASCIA_DATA_DIR),
    seedOnEmpty: env.FASCIA_SEED_ON_EMPTY,
    limits: {
      maxDepth: env.FASCIA_MAX_DEPTH,
      maxAliases: env.FASCIA_MAX_ALIASES,
      maxDirectives: env.FASCIA_MAX_DIRECTIVES,
      maxTokens: env.FASCIA_MAX_TOKENS,
      maxCost: env.FASCIA_MAX_COST,
      bodyLimit: env.FASCIA_BODY_LIMIT,
    },
    http: {
      /** `*` (any origin, no credentials) or a comma-separated list of allowed origins. */
      corsOrigins:
        env.FASCIA_CORS_ORIGINS.trim() === '*'
          ? ('*' as const)
          : env.FASCIA_CORS_ORIGINS.split(',')
              .map((o) => o.trim())
              .filter(Boolean),
      introspection: env.FASCIA_INTROSPECTION,
      compiledExecution: env.FASCIA_COMPILED_EXECUTION,
      cacheMaxAgeSeconds: env.FASCIA_CACHE_MAX_AGE,
      rateLimitPerMinute: env.FASCIA_RATE_LIMIT_PER_MINUTE,
    },
    auth: {
      /** HS256 secret; when unset (and no JWKS), a random one is kept in dataDir/jwt-secret. */
      secret: env.FASCIA_JWT_SECRET,
      /** Verify RS256/ES256 tokens against this key set too (e.g. an identity provider's). */
      jwksUrl: env.FASCIA_JWKS_URL,
      issuer: env.FASCIA_JWT_ISSUER,
      audience: env.FASCIA_JWT_AUDIENCE,
      /** Tokens must expire, within this many seconds of now (and of their iat). */
      maxTokenLifetimeSeconds: durationSeconds(env.FASCIA_JWT_MAX_LIFETIME),
    },
  };
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws a ConfigError whose message is one line. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const value = source[variable];
    const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
    throw new ConfigError(`Invalid configuration: ${variable}: ${issue.message}${got}`);
  }
  return toConfig(parsed.data);
}
