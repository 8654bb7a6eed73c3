import { Lexer, Source, TokenKind } from 'graphql';
import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

/** Tokens as graphql-js counts them for maxTokens (everything between start and end of file). */
function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** `{ about { service service … } }` with exactly `tokens` tokens. */
function queryWithTokens(tokens: number): string {
  const query = `{ about { ${'service '.repeat(tokens - 5)}} }`;
  expect(tokenCount(query)).toBe(tokens);
  return query;
}

const limits = {
  FASCIA_MAX_DEPTH: '4',
  FASCIA_MAX_ALIASES: '2',
  FASCIA_MAX_DIRECTIVES: '2',
  FASCIA_MAX_TOKENS: '30',
  FASCIA_MAX_COST: '100',
};

describe('query limits, each just under and just over', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer(limits);
  });
  afterAll(() => service.close());

  it.each([
    [
      'depth',
      '{ claims(first: 1) { edges { node { id } } } }',
      '{ claims(first: 1) { edges { node { subject { id } } } } }',
    ],
    [
      'aliases',
      '{ a: about { service } b: about { service } }',
      '{ a: about { service } b: about { service } c: about { service } }',
    ],
    [
      'directives',
      '{ about { service @include(if: true) neo4jVersion @skip(if: false) } }',
      '{ about @include(if: true) { service @include(if: true) neo4jVersion @skip(if: false) } }',
    ],
    ['tokens', queryWithTokens(30), queryWithTokens(31)],
    // claims(first: n) { edges { node { id } } } costs 1 + 3n: 100 at n = 33, 103 at n = 34.
    ['cost', '{ claims(first: 33) { edges { node { id } } } }', '{ claims(first: 34) { edges { node { id } } } }'],
  ])('%s: accepts the query at the limit and refuses one just over it', async (limit, under, over) => {
    const accepted = await service.gql(under);
    expect(accepted.status).toBe(200);
    expect(accepted.body.errors).toBeUndefined();

    const refused = await service.gql(over);
    expect(refused.status).toBe(400);
    expect(errorCodes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused.body.errors![0]!.extensions!.limit).toBe(limit);
    expect(refused.body.errors![0]!.message).toMatch(/limit|more than/);
    expect(refused.body.data).toBeUndefined();
  });

  it('prices variables: a page size given as a variable counts too', async () => {
    const query = 'query($n: Int) { claims(first: $n) { edges { node { id } } } }';
    expect((await service.gql(query, { n: 33 })).body.errors).toBeUndefined();
    expect(errorCodes(await service.gql(query, { n: 34 }))).toEqual(['QUERY_TOO_COMPLEX']);
  });
});

describe('the default limits', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  it('refuse a fan-out of 100 entities × 100 claims × 100 claims', async () => {
    const response = await service.gql(`{ entities(first: 100) { edges { node {
      claims(first: 100) { edges { node { object { claims(first: 100) { edges { node { id } } } } } } } } } } }`);
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.body.errors![0]!.message).toMatch(/^Query cost \d+ exceeds the limit of 200000/);
  });

  it('admit a deep but modest query, and introspection', async () => {
    const response = await service.gql(`{ entities(first: 20) { edges { node { claims(first: 10) { edges { node {
      object { claims(first: 10) { edges { node { citations { source { name } } } } } } } } } } } } }`);
    expect(response.body.errors).toBeUndefined();
    const introspection = await service.gql(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }',
    );
    expect(introspection.body.errors).toBeUndefined();
  });

  it('refuse a request body over the size limit with 413 and a code', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ about { service } } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
