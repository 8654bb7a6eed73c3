import { startTestServer, type TestServer } from '../helpers/inProcessServer';

/** Two levels of claims under a page of entities, with citations and their sources at the bottom. */
const nested = (entities: number) => `{
  entities(first: ${entities}) {
    edges { node { id
      claims(first: 10) { totalCount edges { node { id statement
        object { id name
          claims(first: 10) { edges { node { id
            citations { locator source { id name } }
          } } }
        }
      } } }
    } }
  }
}`;

describe('DataLoader batching: one driver call per field and nesting level', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  async function driverCallsFor(query: string): Promise<{ calls: number; claimsSeen: number }> {
    let calls = 0;
    const unsubscribe = service.runtime.db.onTransaction(() => (calls += 1));
    const response = await service.gql(query);
    unsubscribe();
    expect(response.body.errors).toBeUndefined();
    const edges = response.body.data!.entities.edges as any[];
    const claimsSeen = edges.reduce((n, edge) => n + edge.node.claims.edges.length, 0);
    return { calls, claimsSeen };
  }

  it('costs the same small number of calls for 5 and for 20 entities', async () => {
    const small = await driverCallsFor(nested(5));
    const large = await driverCallsFor(nested(20));
    // The entities page reads its claims in the same statement (read ahead by the root field);
    // the objects' claims are the second call. Claims bring their objects and cited sources
    // along, so those levels need no call of their own.
    expect(small.calls).toBe(2);
    expect(large.calls).toBe(2);
    expect(large.claimsSeen).toBeGreaterThan(small.claimsSeen);
  });
});
