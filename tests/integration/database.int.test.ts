import { Database, type TransactionEvent } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { isDatabaseUnavailable } from '../../src/db/errors';
import { freePort } from '../../src/db/freePort';
import { createLogger } from '../../src/logger';

const logger = createLogger('silent');
const boltUri = process.env.NEO4J_URI!;
const prefix = 'test-database-';

function databaseFor(uri: string): Database {
  return new Database(createDriver({ uri, user: 'neo4j', password: '', logger }), {
    database: 'neo4j',
    transactionTimeoutMs: 5_000,
  });
}

describe('Cypher through the driver against real Neo4j', () => {
  const db = databaseFor(boltUri);
  afterAll(async () => {
    await db.write('MATCH (n:TestNode) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    await db.driver.close();
  });

  it('writes in one transaction and reads back with parameters', async () => {
    await db.writeTransaction(async (tx) => {
      await tx.run('CREATE (:TestNode {id: $id, n: $n})', { id: `${prefix}a`, n: 1 });
      await tx.run('CREATE (:TestNode {id: $id, n: $n})', { id: `${prefix}b`, n: 2 });
    });
    const rows = await db.read(
      'MATCH (n:TestNode) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, n.n AS n ORDER BY id',
      {
        prefix,
      },
    );
    expect(rows).toEqual([
      { id: `${prefix}a`, n: 1 },
      { id: `${prefix}b`, n: 2 },
    ]);
  });

  it('rolls back every statement of a failed transaction', async () => {
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run('CREATE (:TestNode {id: $id})', { id: `${prefix}rolled-back` });
        await tx.run('RETURN 1/0');
      }),
    ).rejects.toThrow(/by zero/i);
    const rows = await db.read('MATCH (n:TestNode {id: $id}) RETURN n', { id: `${prefix}rolled-back` });
    expect(rows).toHaveLength(0);
  });

  it('reports one event per driver call with its statement count', async () => {
    const events: TransactionEvent[] = [];
    const unsubscribe = db.onTransaction((event) => events.push(event));
    await db.readTransaction(async (tx) => {
      await tx.run('RETURN 1');
      await tx.run('RETURN 2');
    });
    unsubscribe();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ mode: 'read', statements: 2, ok: true });
  });

  it('cancels a transaction that outlives its timeout, inside the database', async () => {
    const error = await db
      .readTransaction((tx) => tx.run('UNWIND range(1, 100000000) AS x WITH x WHERE x = -1 RETURN count(*)'), 300)
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toMatch(/TransactionTimedOut/);
  });
});

describe('a neo4j:// routing URI against the embedded launcher', () => {
  it('gets a routing table that advertises the real Bolt address and runs reads and writes', async () => {
    const routingUri = boltUri.replace('bolt://', 'neo4j://');
    const db = databaseFor(routingUri);
    try {
      await db.write('MERGE (n:TestNode {id: $id}) SET n.via = "routing"', { id: `${prefix}routing` });
      const [row] = await db.read('MATCH (n:TestNode {id: $id}) RETURN n.via AS via', { id: `${prefix}routing` });
      expect(row).toEqual({ via: 'routing' });
      const table = await db.read('CALL dbms.routing.getRoutingTable({}, "neo4j") YIELD servers RETURN servers');
      const addresses = (table[0]!.servers as Array<{ addresses: string[] }>).flatMap((server) => server.addresses);
      expect(addresses).toContain(boltUri.replace('bolt://', ''));
    } finally {
      await db.write('MATCH (n:TestNode {id: $id}) DELETE n', { id: `${prefix}routing` });
      await db.driver.close();
    }
  });
});

describe('fail-fast driver settings', () => {
  it('rejects within two seconds, as unavailable, when nothing listens', async () => {
    const db = databaseFor(`bolt://127.0.0.1:${await freePort()}`);
    const started = Date.now();
    const error = await db.read('RETURN 1').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await db.driver.close();
  });
});
