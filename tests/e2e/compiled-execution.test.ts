import { bearer } from '../helpers/tokens';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

/*
 * The same requests to the service compiled by graphql-jit and executed by graphql-js, on the
 * seeded graph: every answer (data, errors, codes, paths, HTTP status) must be the same.
 */

const reads: Array<[string, Record<string, unknown>]> = [
  ['{ about { service entityCount claimCount } }', {}],
  [
    `{ entity(id: "massage-therapy") { id name kind aliases xrefs { curie match url } __typename
       ... on Technique { treats { condition { id name } strongestEvidence claims { id statement } } targets { id } } } }`,
    {},
  ],
  [
    `query Claims($first: Int, $after: String) { claims(first: $first, after: $after, filter: { predicate: TREATS }) {
       totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind statement status
         evidence { level certainty study { id name } } subject { id name } object { id kind }
         citations { locator role source { id name ... on Source { year url pmid } } } } } } }`,
    { first: 5 },
  ],
  [
    `{ mcmaster: entity(id: "mcmaster-massage-study") { ... on Study { findings { id statement reportedBy { id } } } }
       fascia: entity(id: "fascia") { name claims(first: 3) { edges { node { predicate object { name } } } } } }`,
    {},
  ],
  ['{ entities(first: 4, kind: CONDITION) { totalCount edges { node { id name } } } }', {}],
  ['{ search(text: "myofascial", first: 5) { score entity { id name __typename } } }', {}],
  ['{ related(id: "massage-therapy", first: 5) { score entity { id } via { id } } }', {}],
  [
    `{ neighborhood(id: "carpal-tunnel-syndrome", depth: 1, limit: 40) { truncated nodes { id kind label }
       edges { id source target predicate level status } } }`,
    {},
  ],
  ['{ paths(from: "massage-therapy", to: "fibromyalgia", maxLength: 4, first: 2) { length nodes { id } } }', {}],
  ['{ entity(id: "no-such-entity") { id } }', {}],
  ['{ entity(id: "stress") { id ... on Condition { decreasedBy { name } } } }', {}],
  ['{ __type(name: "Claim") { name fields { name } } }', {}],
];

const refusals: Array<[string, Record<string, unknown>]> = [
  ['{ claims(first: 5000) { totalCount } }', {}],
  ['query Q($id: ID!) { entity(id: $id) { id } }', {}],
  ['query Q($kind: EntityKind) { entities(first: 2, kind: $kind) { totalCount } }', { kind: 'PLANET' }],
  ['{ neighborhood(id: "massage-therapy", depth: 9) { truncated } }', {}],
  ['{ entity(id: "fascia") { claims(first: 2, after: "not-a-cursor") { totalCount } } }', {}],
];

const writes: Array<[string, Record<string, unknown>]> = [
  [
    'mutation M($input: ClaimInput!) { assertClaim(input: $input) { id } }',
    {
      input: {
        subject: 'massage-therapy',
        predicate: 'TREATS',
        object: 'massage-therapy',
        statement: 'x',
        evidence: { level: 'ANECDOTAL' },
        citations: [],
      },
    },
  ],
  ['mutation { setClaimStatus(id: "no-such-claim", status: RETRACTED, note: "n") { id } }', {}],
];

function withoutRequestIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, inner) => (key === 'requestId' ? undefined : inner));
}

describe('compiled and interpreted execution give the same answers against Neo4j', () => {
  let compiled: TestServer;
  let interpreted: TestServer;
  let curator: Record<string, string>;
  beforeAll(async () => {
    [compiled, interpreted] = await Promise.all([
      startTestServer({ FASCIA_COMPILED_EXECUTION: 'true' }),
      startTestServer({ FASCIA_COMPILED_EXECUTION: 'false' }),
    ]);
    curator = await bearer(['curator'], 'test-compiled');
  });
  afterAll(async () => {
    await Promise.all([compiled.close(), interpreted.close()]);
  });

  const both = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const [a, b] = await Promise.all([
      compiled.gql(query, variables, headers),
      interpreted.gql(query, variables, headers),
    ]);
    return {
      compiled: { status: a.status, body: withoutRequestIds(a.body) },
      interpreted: { status: b.status, body: withoutRequestIds(b.body) },
    };
  };

  const errorsOf = (answer: { body: unknown }) => (answer.body as { errors?: unknown[] }).errors;

  it.each(reads)('%s', async (query, variables) => {
    const answers = await both(query, variables);
    expect(errorsOf(answers.interpreted)).toBeUndefined();
    expect(answers.compiled).toEqual(answers.interpreted);
  });

  it.each(refusals)('refused: %s', async (query, variables) => {
    const answers = await both(query, variables);
    expect(errorsOf(answers.interpreted)?.length).toBeGreaterThan(0);
    expect(answers.compiled).toEqual(answers.interpreted);
  });

  it.each(writes)('refused write: %s', async (query, variables) => {
    const answers = await both(query, variables, curator);
    expect(errorsOf(answers.interpreted)?.length).toBeGreaterThan(0);
    expect(answers.compiled).toEqual(answers.interpreted);
  });

  it('ran the reads compiled', () => {
    expect(compiled.server.compiledExecution!.compiled).toBeGreaterThanOrEqual(reads.length);
    expect(interpreted.server.compiledExecution).toBeNull();
  });
});
