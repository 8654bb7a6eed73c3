import { freePort } from '../../src/db/freePort';
import { errorCodes, waitFor } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { ownNeo4j } from '../helpers/ownNeo4j';
import { migrationTask } from '../../src/runtime';

const aboutQuery = '{ about { neo4jVersion } }';

describe('NEO4J_URI pointing where no database listens yet', () => {
  let port: number;
  let service: TestServer;
  const database = { current: undefined as ReturnType<typeof ownNeo4j> | undefined };

  beforeAll(async () => {
    port = await freePort();
    service = await startTestServer({ NEO4J_URI: `bolt://127.0.0.1:${port}` }, [migrationTask], false);
  });
  afterAll(async () => {
    await service.close();
    await database.current?.cleanup();
  });

  const readyStatus = async () => (await fetch(`${service.baseUrl}/health/ready`)).status;

  it('starts anyway: live 200, ready 503', async () => {
    expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
    expect(await readyStatus()).toBe(503);
  });

  it('answers GraphQL within 2 seconds with SERVICE_UNAVAILABLE', async () => {
    const started = Date.now();
    const response = await service.gql(aboutQuery);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('recovers without a restart once a database listens on that port', async () => {
    database.current = ownNeo4j(port);
    await database.current.neo4j.start();
    await waitFor('ready 200', async () => (await readyStatus()) === 200, 60_000);
    const response = await service.gql(aboutQuery);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.about.neo4jVersion).toMatch(/^5\./);
  });

  it('fails fast while the database is down again, and recovers when it returns', async () => {
    await database.current!.neo4j.stop();
    const started = Date.now();
    const response = await service.gql(aboutQuery);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(await readyStatus()).toBe(503);

    await database.current!.neo4j.start();
    await waitFor('ready 200 again', async () => (await readyStatus()) === 200, 60_000);
    expect((await service.gql(aboutQuery)).body.errors).toBeUndefined();
  });
});
