import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { errorCodes, postGraphQL } from '../helpers/graphql';
import { bearer } from '../helpers/tokens';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

describe('GraphQL over HTTP', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${service.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/graphql-response+json', ...headers },
    });

  it('serves the printed schema at /schema.graphql, the same text as schema.graphql', async () => {
    const response = await fetch(`${service.baseUrl}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
  });

  it('answers a query over GET when the request is preflighted (CSRF prevention)', async () => {
    const response = await get('{ about { service } }', { 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await response.json()).data.about.service).toMatch(/^fascia/);
  });

  it('refuses a simple GET without a preflight header, so other sites cannot forge one', async () => {
    const response = await get('{ about { service } }');
    expect(response.status).toBe(400);
  });

  it('never runs a mutation over GET', async () => {
    const response = await get('mutation { retractClaim(id: "c-0", reason: "x") { id } }', {
      'apollo-require-preflight': 'true',
    });
    expect(response.status).toBe(405);
  });

  it('uses the media type the client accepts', async () => {
    const graphqlResponse = await postGraphQL(service.url, '{ about { service } }');
    expect(graphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const json = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ about { service } }' }),
    });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers 400 for a document that does not parse or validate, and for malformed JSON', async () => {
    expect((await postGraphQL(service.url, '{ about { ')).status).toBe(400);
    expect((await postGraphQL(service.url, '{ noSuchField }')).status).toBe(400);
    const malformed = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('puts the request id in the response header and in every error', async () => {
    const response = await postGraphQL(
      service.url,
      '{ claims(first: 101) { totalCount } }',
      {},
      { 'x-request-id': 'test-request-42' },
    );
    expect(response.headers.get('x-request-id')).toBe('test-request-42');
    expect(response.body.errors![0]!.extensions!.requestId).toBe('test-request-42');
  });

  it('answers a CORS preflight from another origin: any origin may read, without credentials', async () => {
    const response = await fetch(service.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://explorer.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
  });

  it('exposes Prometheus metrics: requests by operation, errors by code, Cypher and the pool', async () => {
    await postGraphQL(service.url, 'query MetricsProbe { about { service } }');
    await postGraphQL(service.url, 'query MetricsError { claims(first: 101) { totalCount } }');
    const response = await fetch(`${service.baseUrl}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/fascia_graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} 1/);
    expect(text).toMatch(/fascia_graphql_request_duration_seconds_count\{operation="MetricsProbe"\} 1/);
    expect(text).toMatch(/fascia_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/fascia_cypher_transactions_total\{mode="read",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/fascia_cypher_statements_total\{mode="read"\} [1-9]/);
    expect(text).toMatch(/fascia_neo4j_pool_in_use 0/);
    // Node's and the process's metrics under the names Node dashboards expect; every other one is Fascia's.
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    const names = [...text.matchAll(/^# TYPE (\S+)/gm)].map((match) => match[1]!);
    expect(names.filter((name) => !/^(process_|nodejs_|fascia_)/.test(name))).toEqual([]);
    expect(names.filter((name) => name.startsWith('fascia_process_') || name.startsWith('fascia_nodejs_'))).toEqual([]);
  });

  describe('caching of public reads', () => {
    const getQuery = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${service.url}?query=${encodeURIComponent(query)}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
      });

    it('lets shared caches keep an anonymous GET query, with an ETag to revalidate', async () => {
      const response = await getQuery('{ entity(id: "fascia") { name } }');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = response.headers.get('etag');
      expect(etag).toBeTruthy();
      // As a cache revalidates (fetch would add `cache-control: no-cache` to a conditional request).
      const again = await getQuery('{ entity(id: "fascia") { name } }', {
        'if-none-match': etag!,
        'cache-control': 'max-age=0',
      });
      expect(again.status).toBe(304);
    });

    it('marks answers to a token holder, answers with errors and POSTs no-store', async () => {
      const curator = await bearer(['curator'], 'test-cache');
      const withToken = await getQuery('{ entity(id: "fascia") { name } }', curator);
      expect(withToken.status).toBe(200);
      expect(withToken.headers.get('cache-control')).toBe('no-store');
      const failed = await getQuery('{ claims(first: 101) { totalCount } }');
      expect(failed.headers.get('cache-control')).toBe('no-store');
      const posted = await postGraphQL(service.url, '{ entity(id: "fascia") { name } }');
      expect(posted.headers.get('cache-control')).toBe('no-store');
    });
  });
});

describe('a per-client rate limit', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer({ FASCIA_RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => service.close());

  it('answers 429 with Retry-After and RATE_LIMITED beyond the configured rate, and serves health meanwhile', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await postGraphQL(service.url, '{ about { service } }')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await postGraphQL(service.url, '{ about { service } }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.body.errors![0]!.extensions!.requestId).toBe(refused.headers.get('x-request-id'));
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
  });

  it('is off by default', async () => {
    const open = await startTestServer();
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 12; i += 1) statuses.add((await postGraphQL(open.url, '{ about { service } }')).status);
      expect([...statuses]).toEqual([200]);
    } finally {
      await open.close();
    }
  });
});

describe('configured CORS origins and introspection', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer({ FASCIA_CORS_ORIGINS: 'https://allowed.example', FASCIA_INTROSPECTION: 'false' });
  });
  afterAll(() => service.close());

  const preflight = (origin: string) =>
    fetch(service.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('allows the listed origin, with credentials, and no other', async () => {
    const allowed = await preflight('https://allowed.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://other.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses introspection when it is turned off', async () => {
    const response = await postGraphQL(service.url, '{ __schema { queryType { name } } }');
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('NODE_ENV=production', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => service.close());

  it('suggests no field names and shows no stack traces', async () => {
    const response = await postGraphQL(service.url, '{ abuot { service } }');
    expect(response.body.errors![0]!.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace/);
  });

  it('sends a browser opening /graphql to the GraphiQL it serves itself, loading nothing from elsewhere', async () => {
    const redirect = await fetch(service.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/graphiql/');
    const page = await fetch(`${service.baseUrl}/graphiql/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('graphiql.js');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
