import { rmSync } from 'node:fs';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort } from '../../src/db/freePort';
import { createLogger } from '../../src/logger';
import { postGraphQL, waitFor } from '../helpers/graphql';
import { tempDir } from '../helpers/ownNeo4j';
import { isAlive, ServiceProcess } from '../helpers/service';

/**
 * The service as users run it (`node dist/main.js`, embedded default), checked from outside:
 * start, clash-free side-by-side runs, crash recovery, persistence and no orphan JVMs.
 */
jest.setTimeout(600_000);

interface Running {
  service: ServiceProcess;
  port: number;
  dataDir: string;
  jvmPid: number;
  bolt: string;
}

async function startService(dataDir: string): Promise<Running> {
  const port = await freePort();
  // NEO4J_URI is unset so the service starts its own embedded Neo4j.
  const service = new ServiceProcess({ PORT: String(port), FASCIA_DATA_DIR: dataDir, NEO4J_URI: '' });
  const ready = await service.waitForLog('embedded Neo4j is ready');
  await service.waitForLog('Fascia is listening');
  await waitFor('ready', async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200, 120_000);
  return { service, port, dataDir, jvmPid: ready.pid as number, bolt: ready.bolt as string };
}

const about = (port: number) => postGraphQL(`http://127.0.0.1:${port}/graphql`, '{ about { entityCount } }');

async function withBolt<T>(bolt: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = new Database(createDriver({ uri: bolt, user: 'neo4j', password: '', logger: createLogger('silent') }), {
    database: 'neo4j',
    transactionTimeoutMs: 5_000,
  });
  try {
    return await work(db);
  } finally {
    await db.driver.close();
  }
}

describe('the embedded default, end to end', () => {
  const dirs = [tempDir('fascia-svc-a-'), tempDir('fascia-svc-b-')];
  const started: Running[] = [];
  afterAll(() => {
    for (const run of started) {
      run.service.kill('SIGKILL');
      if (isAlive(run.jvmPid)) process.kill(run.jvmPid, 'SIGKILL');
    }
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('runs two services with different PORT and FASCIA_DATA_DIR side by side', async () => {
    const [a, b] = await Promise.all([startService(dirs[0]!), startService(dirs[1]!)]);
    started.push(a, b);
    expect(a.jvmPid).not.toBe(b.jvmPid);
    expect(a.bolt).not.toBe(b.bolt);
    for (const run of [a, b]) {
      const response = await about(run.port);
      expect(response.body.errors).toBeUndefined();
      // An empty graph gets the seed on the first successful connection.
      expect(response.body.data!.about.entityCount).toBeGreaterThanOrEqual(80);
    }
  });

  it('restarts an embedded Neo4j that was killed, then answers again', async () => {
    const a = started[0]!;
    process.kill(a.jvmPid, 'SIGKILL');
    const restarted = await a.service.waitForLog(
      'embedded Neo4j is ready',
      180_000,
      a.service.logs.findIndex((l) => l.pid === a.jvmPid) + 1,
    );
    expect(restarted.pid).not.toBe(a.jvmPid);
    a.jvmPid = restarted.pid as number;
    const response = await waitFor('GraphQL after restart', async () => {
      const r = await about(a.port);
      return r.body.errors ? undefined : r;
    });
    expect(response.body.data!.about.entityCount).toEqual(expect.any(Number));
  });

  it('stops both processes on SIGTERM, and a restart keeps the data', async () => {
    const a = started[0]!;
    await withBolt(a.bolt, (db) =>
      db.write('CREATE (:Entity {id: "test-persisted", kind: "TECHNIQUE", name: "kept"})'),
    );
    const before = (await about(a.port)).body.data!.about.entityCount;

    a.service.kill('SIGTERM');
    expect(await a.service.waitForExit()).toEqual({ code: 0, signal: null });
    expect(isAlive(a.jvmPid)).toBe(false);

    const again = await startService(a.dataDir);
    started[0] = again;
    expect((await about(again.port)).body.data!.about.entityCount).toBe(before);
    const rows = await withBolt(again.bolt, (db) =>
      db.read('MATCH (e:Entity {id: "test-persisted"}) RETURN e.name AS name'),
    );
    expect(rows).toEqual([{ name: 'kept' }]);
  });

  it('stops both processes on SIGINT (Ctrl-C)', async () => {
    const a = started[0]!;
    a.service.kill('SIGINT');
    expect(await a.service.waitForExit()).toEqual({ code: 0, signal: null });
    expect(isAlive(a.jvmPid)).toBe(false);
  });

  it('leaves no Neo4j behind when the service is killed with SIGKILL', async () => {
    const b = started[1]!;
    b.service.kill('SIGKILL');
    await b.service.waitForExit();
    await waitFor('the orphaned JVM to exit', async () => !isAlive(b.jvmPid), 30_000);
  });
});

describe('bad configuration', () => {
  it('exits non-zero with one line naming the variable', async () => {
    const service = new ServiceProcess({ PORT: 'abc' });
    const { code } = await service.waitForExit();
    expect(code).not.toBe(0);
    const lines = service.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT: .*\(got "abc"\)$/);
  });
});
