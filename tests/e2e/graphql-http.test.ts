import { startTestServer, type TestServer } from '../helpers/inProcessServer';

const aboutQuery = '{ about { service neo4jVersion neo4jEdition entityCount claimCount } }';

describe('GraphQL over HTTP, backed by Neo4j', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  it('answers a query that reads from the database', async () => {
    const response = await service.gql(aboutQuery);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.about).toMatchObject({
      neo4jVersion: expect.stringMatching(/^5\.26\./),
      neo4jEdition: 'community',
    });
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('sees data written to Neo4j (the round trip is real)', async () => {
    const before = (await service.gql(aboutQuery)).body.data!.about.entityCount;
    await service.runtime.db.write('CREATE (:Entity {id: "test-http-roundtrip", kind: "TECHNIQUE", name: "x"})');
    try {
      const after = (await service.gql(aboutQuery)).body.data!.about.entityCount;
      expect(after).toBe(before + 1);
    } finally {
      await service.runtime.db.write('MATCH (e:Entity {id: "test-http-roundtrip"}) DELETE e');
    }
  });

  it('answers /health/live and /health/ready', async () => {
    expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
    const ready = await fetch(`${service.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('the service through a neo4j:// URI', () => {
  it('runs start-up work and answers GraphQL', async () => {
    const service = await startTestServer({ NEO4J_URI: process.env.NEO4J_URI!.replace('bolt://', 'neo4j://') });
    try {
      const response = await service.gql(aboutQuery);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.about.neo4jEdition).toBe('community');
      expect((await fetch(`${service.baseUrl}/health/ready`)).status).toBe(200);
    } finally {
      await service.close();
    }
  });
});
