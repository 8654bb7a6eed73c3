import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { bearer } from '../helpers/tokens';

/*
 * Scale-out: Fascia instances are stateless (per-request loaders, state in Neo4j), so several can
 * serve one Neo4j behind a load balancer. Two instances on the run's Neo4j: a write through one
 * is read through the other at once, both serve under concurrent load, and stopping one costs
 * nothing to requests routed to the other.
 */

jest.setTimeout(120_000);

describe('two Fascia instances on one Neo4j', () => {
  let a: TestServer;
  let b: TestServer;
  let curator: Record<string, string>;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestServer(), startTestServer()]);
    curator = await bearer(['curator'], 'test-two-instances');
  });
  afterAll(async () => {
    await Promise.all([a.close().catch(() => undefined), b.close()]);
  });

  it('reads through one what was written through the other', async () => {
    const id = `test-two-instances-${Date.now()}`;
    const written = await a.gql(
      `mutation { upsertEntity(input: { id: "${id}", kind: TISSUE, name: "Two instances tissue" }) { id version } }`,
      {},
      curator,
    );
    expect(written.body.errors).toBeUndefined();
    const read = await b.gql(`{ entity(id: "${id}") { id name version } }`);
    expect(read.body.data!.entity).toEqual({ id, name: 'Two instances tissue', version: 1 });
    const search = await b.gql(`{ search(text: "Two instances tissue", first: 1) { entity { id } } }`);
    expect(search.body.data!.search).toEqual([{ entity: { id } }]);
  });

  it('both serve under load, and stopping one loses no request sent to the other', async () => {
    const query = '{ entity(id: "massage-therapy") { name ... on Technique { treats { condition { id } } } } }';
    const expected = (await a.gql(query)).body;
    const answers = { a: 0, b: 0 };
    let stopping = false;
    const client = async (server: TestServer, name: 'a' | 'b', count: number) => {
      for (let i = 0; i < count; i += 1) {
        if (name === 'a' && stopping) return;
        const response = await server.gql(query);
        expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: expected });
        answers[name] += 1;
      }
    };
    // Four clients on each instance; halfway, instance a stops (its own clients stop sending).
    const load = [
      ...Array.from({ length: 4 }, () => client(a, 'a', 1_000)),
      ...Array.from({ length: 4 }, () => client(b, 'b', 60)),
    ];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    stopping = true;
    await Promise.all([a.close(), ...load]);
    expect(answers.a).toBeGreaterThan(0);
    expect(answers.b).toBe(240);
    // And b still answers, writes included.
    const after = await b.gql(
      'mutation { upsertEntity(input: { id: "test-two-instances-after", kind: TISSUE, name: "After" }) { id } }',
      {},
      curator,
    );
    expect(errorCodes(after)).toEqual([]);
  });
});
