import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildASTSchema, GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../src/context';
import type { StartupWork } from '../../src/db/startup';
import { formatError } from '../../src/http/formatError';
import { costLimitPlugin, queryCost } from '../../src/http/queryCost';
import { readinessGate } from '../../src/http/readinessGate';
import { runWithRequestId } from '../../src/http/requestContext';
import { refuseSubscriptions } from '../../src/http/subscriptions';
import { loadTypeDefs } from '../../src/schema';

const schema = buildASTSchema(loadTypeDefs());
const cost = (document: string, variables: Record<string, unknown> = {}) =>
  queryCost(schema, parse(document), undefined, variables);

describe('query cost: each field costs 1 plus its children times how many it can return', () => {
  it.each([
    ['{ about { service } }', 2],
    ['{ entity(id: "x") { id name } }', 3],
    ['{ entities(first: 5) { edges { node { id } } } }', 1 + 5 * (1 + (1 + 1))],
    ['{ entities(first: 5) { edges { node { id claims(first: 10) { edges { node { id } } } } } } }', 171],
    ['{ neighborhood(id: "x", limit: 50) { nodes { id } } }', 101],
    ['{ paths(from: "a", to: "b", first: 2, maxLength: 3) { length } }', 9],
    ['{ __schema { types { name } } }', 0],
  ])('%s costs %i', (document, expected) => {
    expect(cost(document)).toBe(expected);
  });

  it('reads sizes from variables, and leaves invalid variables to execution', () => {
    expect(cost('query($n: Int) { entities(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 3);
    expect(cost('query($n: Int!) { entities(first: $n) { edges { node { id } } } }', {})).toBeUndefined();
  });

  it('prices a list without a size argument at ten items', () => {
    expect(cost('{ entity(id: "x") { aliases } }')).toBe(cost('{ entity(id: "x") { id } }'));
    expect(cost('{ entity(id: "x") { ... on Technique { targets { id } } } }')).toBe(1 + (1 + 10 * 1));
  });
});

/** Runs a plugin's didResolveOperation for an operation, as Apollo would. */
async function resolveOperation(
  plugin: ReturnType<typeof readinessGate>,
  document: string,
  variables = {},
): Promise<void> {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<Context>;
  await listener.didResolveOperation!({
    operation,
    document: parsed,
    schema,
    operationName: operation.name?.value ?? null,
    request: { variables },
  } as unknown as GraphQLRequestContextDidResolveOperation<Context>);
}

describe('plugins, each on its own', () => {
  it('the cost limit refuses an operation over it with QUERY_TOO_COMPLEX, before anything runs', async () => {
    const plugin = costLimitPlugin(100);
    await expect(resolveOperation(plugin, '{ entities(first: 5) { edges { node { id } } } }')).resolves.toBeUndefined();
    await expect(resolveOperation(plugin, '{ entities(first: 100) { edges { node { id } } } }')).rejects.toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', http: { status: 400 } },
    });
  });

  it('subscriptions are a client error', async () => {
    await expect(resolveOperation(refuseSubscriptions(), 'subscription { about { service } }')).rejects.toMatchObject({
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
    await expect(resolveOperation(refuseSubscriptions(), '{ about { service } }')).resolves.toBeUndefined();
  });

  it('the readiness gate answers SERVICE_UNAVAILABLE until start-up work is done, introspection always', async () => {
    const startup = { done: false, pendingReason: 'start-up work in progress' } as StartupWork;
    const gate = readinessGate(startup);
    await expect(resolveOperation(gate, '{ about { service } }')).rejects.toMatchObject({
      message: 'The graph database is not ready: start-up work in progress.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    await expect(resolveOperation(gate, '{ __schema { queryType { name } } }')).resolves.toBeUndefined();
    (startup as { done: boolean }).done = true;
    await expect(resolveOperation(gate, '{ about { service } }')).resolves.toBeUndefined();
  });
});

describe('formatError', () => {
  it('gives every error a code and the request id, and no stack outside development', () => {
    const format = formatError('production');
    const formatted = runWithRequestId('req-1', () =>
      format({ message: 'boom', path: ['entity'], extensions: { stacktrace: ['at x'] } }, new Error('boom')),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['entity'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('keeps the stack in development', () => {
    const formatted = formatError('development')(
      { message: 'boom', extensions: { stacktrace: ['at x'] } },
      new Error('boom'),
    );
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] });
  });

  it('passes client errors through with their extensions', () => {
    const error = new GraphQLError('first: too big', { extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    const formatted = runWithRequestId('req-2', () =>
      formatError('production')({ message: error.message, extensions: error.extensions }, error),
    );
    expect(formatted).toEqual({
      message: 'first: too big',
      extensions: { argument: 'first', code: 'BAD_USER_INPUT', requestId: 'req-2' },
    });
  });
});
