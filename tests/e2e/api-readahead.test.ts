import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

/**
 * Query.entity and Query.entities read the relationship fields selected below them in their
 * own statement (src/resolvers/prefetch.ts). These tests check that the answers are the ones
 * the field-by-field loaders give, and that the round trips are saved.
 */
const conditionFields = `
  fragment ConditionFields on Entity {
    id name
    claims(first: 5) { totalCount edges { node { id predicate object { id } } } }
    ... on Condition {
      treatedBy {
        technique { id name } strongestEvidence
        claims { id statement evidence { level certainty study { id } } citations { locator source { id name } } }
      }
      causes { id name }
    }
  }`;

describe('root fields read the relationship fields below them in one statement', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  async function withStatements(query: string): Promise<{ statements: number; body: any }> {
    let statements = 0;
    const unsubscribe = service.runtime.db.onTransaction((event) => (statements += event.statements));
    const response = await service.gql(query);
    unsubscribe();
    return { statements, body: response.body };
  }

  it('answers entity(id) as the field-by-field path does, in one statement', async () => {
    const readAhead = await withStatements(
      `{ entity(id: "carpal-tunnel-syndrome") { ...ConditionFields } } ${conditionFields}`,
    );
    expect(readAhead.body.errors).toBeUndefined();
    expect(readAhead.statements).toBe(1);
    // The same entity reached as a claim's object: its fields go through the loaders one by one.
    const fieldByField = await withStatements(`{
      claims(filter: { object: "carpal-tunnel-syndrome" }, first: 1) { edges { node { object { ...ConditionFields } } } }
    } ${conditionFields}`);
    expect(fieldByField.body.errors).toBeUndefined();
    expect(fieldByField.statements).toBeGreaterThan(1);
    const entity = readAhead.body.data.entity;
    expect(entity).toEqual(fieldByField.body.data.claims.edges[0].node.object);
    expect(entity.treatedBy.map((link: any) => link.technique.id).sort()).toEqual([
      'active-release-technique',
      'myofascial-release',
    ]);
    expect(entity.claims.totalCount).toBeGreaterThan(0);
  });

  it('leaves out fields under another kind, and still answers the fields of this kind', async () => {
    const { statements, body } = await withStatements(`{ entity(id: "myofascial-release") {
      ... on Condition { treatedBy { technique { id } } }
      ... on Technique { treats { condition { id } strongestEvidence } }
    } }`);
    expect(body.errors).toBeUndefined();
    expect(statements).toBe(1);
    expect(body.data.entity.treatedBy).toBeUndefined();
    expect(body.data.entity.treats.map((link: any) => link.condition.id)).toContain('carpal-tunnel-syndrome');
  });

  it('gives each selection of the same field what it asked for', async () => {
    const { body } = await withStatements(`{ entity(id: "massage-therapy") {
      bare: claims(first: 5) { edges { node { id } } }
      full: claims(first: 5) { edges { node { id statement status evidence { level } citations { locator } } } }
    } }`);
    expect(body.errors).toBeUndefined();
    const bare = body.data.entity.bare.edges.map((edge: any) => edge.node);
    const full = body.data.entity.full.edges.map((edge: any) => edge.node);
    expect(full.map((claim: any) => claim.id)).toEqual(bare.map((claim: any) => claim.id));
    expect(bare.length).toBeGreaterThan(0);
    for (const claim of bare) expect(Object.keys(claim)).toEqual(['id']);
    for (const claim of full) {
      expect(claim.statement).toEqual(expect.any(String));
      expect(claim.status).toEqual(expect.any(String));
      expect(claim.evidence.level).toEqual(expect.any(String));
      expect(claim.citations.length).toBeGreaterThan(0);
    }
  });

  it('reports a bad argument of a field read ahead on that field', async () => {
    const response = await service.gql(
      `{ entity(id: "myofascial-release") { name ... on Technique { treats(first: 1000) { condition { id } } } } }`,
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.body.errors![0]!.path).toEqual(['entity', 'treats']);
  });

  it('reads a page of entities with their claims in one statement, as entity(id) answers each', async () => {
    const { statements, body } = await withStatements(`{ entities(first: 8) { edges { node {
      id claims(first: 3) { edges { node { id predicate object { id name } } } }
    } } } }`);
    expect(body.errors).toBeUndefined();
    expect(statements).toBe(1);
    const nodes = body.data.entities.edges.map((edge: any) => edge.node);
    expect(nodes).toHaveLength(8);
    for (const node of nodes.slice(0, 4)) {
      const single = await service.gql(
        `{ entity(id: "${node.id}") { id claims(first: 3) { edges { node { id predicate object { id name } } } } } }`,
      );
      expect(single.body.data!.entity).toEqual(node);
    }
  });
});
