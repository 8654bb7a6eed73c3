import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { compiledExecution } from '../../src/http/compiledExecution';
import { formatError } from '../../src/http/formatError';

/*
 * The compiled executor behind Apollo, on a small schema whose resolvers fail the ways the
 * service's do, against the same Apollo server executing with graphql-js: the answers must match.
 */

const typeDefs = /* GraphQL */ `
  enum Level {
    LOW
    HIGH
  }
  type Item {
    id: ID!
    level: Level
    broken: String
  }
  type Query {
    item(id: ID!, level: Level): Item
    items(first: Int!): [Item!]!
    slow: String
    down: String
    typed: String
  }
`;

const resolvers = {
  Query: {
    item: (_: unknown, args: { id: string; level?: string }) => ({ id: args.id, level: args.level ?? 'LOW' }),
    items: (_: unknown, args: { first: number }) =>
      Array.from({ length: args.first }, (_unused, index) => ({ id: `i${index}`, level: 'HIGH' })),
    slow: async () => {
      throw new Neo4jError('too long', 'Neo.ClientError.Transaction.TransactionTimedOut', '', '');
    },
    down: async () => {
      throw new Neo4jError('no server', 'ServiceUnavailable', '', '');
    },
    typed: () => {
      throw new GraphQLError('bad id', { extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    },
  },
  Item: {
    broken: () => {
      throw new Error('a bug');
    },
  },
};

async function serverWith(compiled: boolean) {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const gateway = compiled ? compiledExecution(schema) : null;
  const server = new ApolloServer({
    ...(gateway ? { gateway } : { schema }),
    formatError: formatError('production'),
    status400ForVariableCoercionErrors: true,
  });
  await server.start();
  return { server, gateway };
}

const requests: Array<[string, Record<string, unknown>]> = [
  ['{ item(id: "a") { id level } }', {}],
  [
    'query Q($id: ID!, $level: Level) { item(id: $id, level: $level) { id level __typename } }',
    { id: 'b', level: 'HIGH' },
  ],
  ['query Q($level: Level) { item(id: "c", level: $level) { id } }', { level: 'MIDDLE' }],
  ['query Q($id: ID!) { item(id: $id) { id } }', {}],
  ['{ items(first: 3) { id ...F } } fragment F on Item { level }', {}],
  ['{ slow }', {}],
  ['{ down }', {}],
  ['{ typed item(id: "d") { id } }', {}],
  ['{ items(first: 2) { id broken } }', {}],
];

describe('compiled execution answers exactly as graphql-js does, errors included', () => {
  let compiled: Awaited<ReturnType<typeof serverWith>>;
  let interpreted: Awaited<ReturnType<typeof serverWith>>;
  beforeAll(async () => {
    [compiled, interpreted] = await Promise.all([serverWith(true), serverWith(false)]);
  });
  afterAll(async () => {
    await Promise.all([compiled.server.stop(), interpreted.server.stop()]);
  });

  const answer = async (which: typeof compiled, query: string, variables: Record<string, unknown>) => {
    const response = await which.server.executeOperation({ query, variables });
    const body = response.body.kind === 'single' ? response.body.singleResult : null;
    return { status: response.http.status ?? 200, body: JSON.parse(JSON.stringify(body)) };
  };

  it.each(requests)('%s', async (query, variables) => {
    const expected = await answer(interpreted, query, variables);
    await expect(answer(compiled, query, variables)).resolves.toEqual(expected);
  });

  it('classifies what each failure is, not INTERNAL_SERVER_ERROR for all', async () => {
    const codes = async (query: string, variables: Record<string, unknown> = {}) =>
      (await answer(compiled, query, variables)).body.errors.map(
        (error: { extensions: { code: string } }) => error.extensions.code,
      );
    await expect(codes('{ slow }')).resolves.toEqual(['TIMEOUT']);
    await expect(codes('{ down }')).resolves.toEqual(['SERVICE_UNAVAILABLE']);
    await expect(codes('{ typed }')).resolves.toEqual(['BAD_USER_INPUT']);
    await expect(
      codes('query Q($level: Level) { item(id: "c", level: $level) { id } }', { level: 'X' }),
    ).resolves.toEqual(['BAD_USER_INPUT']);
    await expect(answer(compiled, 'query Q($id: ID!) { item(id: $id) { id } }', {})).resolves.toMatchObject({
      status: 400,
    });
  });

  it('compiles each document once and runs the compiled form after that', async () => {
    const before = compiled.gateway!.stats.compiled;
    for (let i = 0; i < 3; i += 1) await answer(compiled, '{ items(first: 1) { id level } }', {});
    expect(compiled.gateway!.stats.compiled).toBe(before + 1);
  });
});
