import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  validate,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import fc from 'fast-check';
import { freePort } from '../../src/db/freePort';
import { loadTypeDefs } from '../../src/schema';
import { postGraphQL, waitFor } from '../helpers/graphql';
import { ServiceProcess } from '../helpers/service';

jest.setTimeout(300_000);

const schema: GraphQLSchema = buildASTSchema(loadTypeDefs());
const knownIds = [
  'massage-therapy',
  'carpal-tunnel-syndrome',
  'mcmaster-massage-study',
  'bodywork-forms-article',
  'pgc-1alpha',
  'c-0000000000000000',
];

/** A literal value of an input type; sometimes deliberately of the wrong type. */
function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
  const inner = getNullableType(type);
  if (isListType(inner))
    return fc.array(inputValue(inner.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  const named = getNamedType(type) as GraphQLNamedType;
  if (isEnumType(named)) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...named.getValues().map((v) => v.name)), weight: 19 },
      { arbitrary: fc.constant('NOT_A_VALUE'), weight: 1 },
    );
  }
  if (isInputObjectType(named)) {
    if (depth > 2) return fc.constant('{}');
    const fields = Object.values(named.getFields());
    return fc
      .tuple(
        ...fields.map((field) =>
          fc.option(inputValue(field.type, depth + 1), { nil: undefined, freq: isNonNullType(field.type) ? 40 : 2 }),
        ),
      )
      .map(
        (values) =>
          `{ ${fields.flatMap((field, i) => (values[i] === undefined ? [] : [`${field.name}: ${values[i]}`])).join(', ')} }`,
      );
  }
  const text = fc.oneof(
    fc.constantFrom(...knownIds),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('NF-kB (p65)', '((((', '*', '\\', 'AND OR NOT'),
  );
  switch (named.name) {
    case 'Int':
      return fc.oneof(
        { arbitrary: fc.integer({ min: -3, max: 120 }).map(String), weight: 19 },
        { arbitrary: fc.constant('"ten"'), weight: 1 },
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }).map(String);
    case 'Boolean':
      return fc.boolean().map(String);
    default:
      return text.map((value) => JSON.stringify(value));
  }
}

function argumentsOf(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  return fc
    .tuple(
      ...args.map((arg) => fc.option(inputValue(arg.type), { nil: undefined, freq: isNonNullType(arg.type) ? 40 : 2 })),
    )
    .map((values) => {
      const given = args.flatMap((arg, i) => (values[i] === undefined ? [] : [`${arg.name}: ${values[i]}`]));
      return given.length > 0 ? `(${given.join(', ')})` : '';
    });
}

/** A selection set on an output type, at most `depth` levels deep. */
function selection(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isScalarType(type) || isEnumType(type)) return fc.constant('');
  if (depth === 0) return fc.constant('{ __typename }');
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const field = fc
    .constantFrom(...fields)
    .chain((f) =>
      fc
        .tuple(argumentsOf(f.args), selection(getNamedType(f.type), depth - 1))
        .map(([args, sub]) => `${f.name}${args} ${sub}`),
    );
  const fragments = isInterfaceType(type)
    ? fc
        .constantFrom(...schema.getPossibleTypes(type))
        .chain((possible) => selection(possible, depth - 1).map((sub) => `... on ${possible.name} ${sub}`))
    : field;
  return fc
    .array(
      fc.oneof(
        { arbitrary: field, weight: 12 },
        { arbitrary: fragments, weight: 4 },
        { arbitrary: fc.constant('noSuchField'), weight: 1 },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((parts) => `{ ${parts.join(' ')} }`);
}

const operation = fc
  .constantFrom(...Object.values(schema.getQueryType()!.getFields()))
  .chain((field) =>
    fc
      .tuple(argumentsOf(field.args), selection(getNamedType(field.type), 3))
      .map(([args, sub]) => `{ ${field.name}${args} ${sub} }`),
  );

describe('property: generated documents never break the service', () => {
  let service: ServiceProcess;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    service = new ServiceProcess({ PORT: String(port), LOG_LEVEL: 'warn' });
    url = `http://127.0.0.1:${port}/graphql`;
    await waitFor(
      'service ready',
      async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.status === 200,
      120_000,
    );
  });
  afterAll(() => service.kill('SIGTERM'));

  it('answers every document with a well-formed GraphQL response, and stays up', async () => {
    let valid = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(operation, async (document) => {
        total += 1;
        let isValid = false;
        try {
          isValid = validate(schema, parse(document)).length === 0;
        } catch {
          isValid = false;
        }
        if (isValid) valid += 1;
        const response = await postGraphQL(url, document);
        expect(response.status).toBeLessThan(500);
        const { body } = response;
        expect(body.data !== undefined || Array.isArray(body.errors)).toBe(true);
        for (const error of body.errors ?? []) {
          expect(typeof error.message).toBe('string');
          expect(typeof error.extensions?.code).toBe('string');
        }
        if (isValid)
          expect(body.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') ?? false).toBe(false);
      }),
      { numRuns: 400, seed: 20261128 },
    );
    console.log(`property test: ${valid} of ${total} generated documents were valid`);
    expect(valid / total).toBeGreaterThanOrEqual(0.5);
    expect(service.child.exitCode).toBeNull();
    expect((await postGraphQL(url, '{ about { service } }')).body.data).toBeTruthy();
  });
});
