import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('has a default for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 4000,
      host: '127.0.0.1',
      logLevel: 'info',
      neo4j: { uri: undefined, user: 'neo4j', database: 'neo4j', transactionTimeoutMs: 5000 },
      embedded: { heapMb: 512, pageCacheMb: 256 },
      seedOnEmpty: true,
      limits: { maxDepth: 15, maxAliases: 20, maxDirectives: 20, maxTokens: 3000, maxCost: 200000, bodyLimit: '100kb' },
      http: { corsOrigins: '*', introspection: true },
    });
    expect(config.dataDir).toBe(path.resolve('.fascia'));
  });

  it('reads and coerces what is set', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: ' neo4j+s://db.example.org:7687 ',
      FASCIA_SEED_ON_EMPTY: '0',
      FASCIA_CORS_ORIGINS: 'https://a.example, https://b.example ,',
      FASCIA_JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.port).toBe(8080);
    expect(config.neo4j.uri).toBe('neo4j+s://db.example.org:7687');
    expect(config.seedOnEmpty).toBe(false);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.auth.secret).toBe('x'.repeat(32));
  });

  it('treats blank optional values as unset', () => {
    const config = loadConfig({ NEO4J_URI: '  ', FASCIA_JWT_SECRET: '' });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.auth.secret).toBeUndefined();
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'http'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['FASCIA_NEO4J_HEAP_MB', '0'],
    ['FASCIA_DB_TIMEOUT_MS', '-5'],
    ['FASCIA_SEED_ON_EMPTY', 'yes'],
    ['FASCIA_MAX_DEPTH', '1.5'],
    ['FASCIA_BODY_LIMIT', 'huge'],
    ['FASCIA_JWT_SECRET', 'short'],
    ['FASCIA_JWKS_URL', 'not a url'],
  ])('refuses %s=%j with one line naming the variable', (variable, value) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^Invalid configuration: ${variable}: .+\\(got ${JSON.stringify(JSON.stringify(value)).slice(1, -1)}\\)$`,
      ),
    );
    expect(message).not.toContain('\n');
  });
});
