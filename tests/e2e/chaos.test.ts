import { rmSync } from 'node:fs';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort } from '../../src/db/freePort';
import { createLogger } from '../../src/logger';
import { checkInvariants } from '../../src/repositories/invariants';
import { postGraphQL, waitFor } from '../helpers/graphql';
import { tempDir } from '../helpers/ownNeo4j';
import { isAlive, ServiceProcess } from '../helpers/service';
import { bearer } from '../helpers/tokens';

jest.setTimeout(600_000);

const clients = 4;
const kills = 2;
const assertMutation = `mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }`;
const updateMutation = `mutation($id: ID!, $statement: String!, $note: String!) { updateClaim(id: $id, patch: { statement: $statement }, note: $note) { id version } }`;

interface Acknowledged {
  kind: 'assert' | 'update';
  claim: string;
  subject: string;
  object: string;
  statement?: string;
  note?: string;
}

describe('chaos: the embedded Neo4j is SIGKILLed twice while curators write', () => {
  const dataDir = tempDir('fascia-chaos-');
  let service: ServiceProcess;
  afterAll(async () => {
    service?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, leaves nothing half-written, and the invariants hold', async () => {
    const port = await freePort();
    service = new ServiceProcess({ PORT: String(port), FASCIA_DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'info' });
    await waitFor(
      'ready',
      async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.status === 200,
      240_000,
    );
    const url = `http://127.0.0.1:${port}/graphql`;
    const curator = await bearer(['curator'], 'test-chaos');
    for (let c = 0; c < clients; c += 1) {
      const created = await postGraphQL(
        url,
        `mutation { upsertEntity(input: { id: "test-chaos-${c}", kind: TECHNIQUE, name: "Chaos ${c}" }) { id } }`,
        {},
        curator,
      );
      expect(created.body.errors).toBeUndefined();
    }
    const conditions = (
      await postGraphQL(url, '{ entities(kind: CONDITION, first: 100) { edges { node { id } } } }')
    ).body.data!.entities.edges.map((edge: any) => edge.node.id as string);

    const acknowledged: Acknowledged[] = [];
    const codes = new Map<string, number>();
    const killedAt: number[] = [];
    const recoveredAfterMs: number[] = [];
    let stop = false;
    /** Sends until acknowledged; outage answers must be typed and retryable. */
    const until = async (query: string, variables: Record<string, unknown>) => {
      for (;;) {
        const sentAt = Date.now();
        const response = await postGraphQL(url, query, variables, curator).catch(() => null);
        const code = response ? (response.body.errors?.[0]?.extensions?.code ?? null) : 'NO_ANSWER';
        if (!code) {
          // Back in service: the first write sent after the kill that is acknowledged.
          if (killedAt.length > recoveredAfterMs.length && sentAt > killedAt.at(-1)!)
            recoveredAfterMs.push(Date.now() - killedAt.at(-1)!);
          return response!.body.data!;
        }
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(['SERVICE_UNAVAILABLE', 'TIMEOUT']).toContain(code);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const client = async (c: number) => {
      const subject = `test-chaos-${c}`;
      for (const [i, object] of conditions.entries()) {
        if (stop) return;
        const input = {
          subject,
          predicate: 'TREATS',
          object,
          statement: `Chaos claim ${c} → ${object}.`,
          evidence: { level: 'ANECDOTAL' },
          citations: [{ source: 'bodywork-forms-article', locator: '"whole"' }],
        };
        const { assertClaim } = await until(assertMutation, { input });
        acknowledged.push({ kind: 'assert', claim: assertClaim.id, subject, object });
        const note = `chaos edit ${c}-${i}`;
        const statement = `Edited by client ${c}, round ${i}.`;
        await until(updateMutation, { id: assertClaim.id, statement, note });
        acknowledged.push({ kind: 'update', claim: assertClaim.id, subject, object, statement, note });
      }
    };
    const killer = async () => {
      for (let k = 0; k < kills; k += 1) {
        await waitFor(
          'writes to pile up',
          async () => acknowledged.length >= 20 * (k + 1) && recoveredAfterMs.length === killedAt.length,
          300_000,
          50,
        );
        const jvm = service.logs.filter((line) => line.msg === 'embedded Neo4j is ready').at(-1)!.pid as number;
        killedAt.push(Date.now());
        process.kill(jvm, 'SIGKILL');
        await waitFor('the JVM to die', async () => !isAlive(jvm), 30_000, 20);
      }
      await waitFor('recovery', async () => recoveredAfterMs.length === kills, 300_000, 50);
      stop = true;
    };
    await Promise.all([killer(), ...Array.from({ length: clients }, (_, c) => client(c))]);

    console.log(
      `chaos: ${acknowledged.length} writes acknowledged across ${kills} kills; back in service ${recoveredAfterMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' and ')} after each kill; ` +
        `outage answers ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    expect(recoveredAfterMs).toHaveLength(kills);
    const timeline = service.logs
      .filter((line) =>
        ['embedded Neo4j exited unexpectedly', 'restarting embedded Neo4j', 'embedded Neo4j is ready'].includes(
          String(line.msg),
        ),
      )
      .map((line) => `${String(line.time).slice(11, 23)} ${String(line.msg)}`);
    console.log(
      `kills at ${killedAt.map((t) => new Date(t).toISOString().slice(11, 23)).join(', ')}\n${timeline.join('\n')}`,
    );

    const bolt = service.logs.filter((line) => line.msg === 'embedded Neo4j is ready').at(-1)!.bolt as string;
    const db = new Database(createDriver({ uri: bolt, user: 'neo4j', password: '', logger: createLogger('silent') }), {
      database: 'neo4j',
      transactionTimeoutMs: 60_000,
    });
    try {
      const report = await checkInvariants(db);
      expect(report.violations).toEqual([]);
      const rows = await db.read(
        `UNWIND $ids AS id MATCH (c:Claim {id: id})
         RETURN id, c.statement AS statement, [(c)-[:SUBJECT]->(s) | s.id] AS subjects, [(c)-[:OBJECT]->(o) | o.id] AS objects,
                [(h:ChangeEvent)-[:CHANGED]->(c) | h.note] AS notes`,
        { ids: [...new Set(acknowledged.map((write) => write.claim))] },
      );
      const stored = new Map(rows.map((row) => [row.id as string, row]));
      for (const write of acknowledged) {
        const row = stored.get(write.claim);
        expect(row).toMatchObject({ subjects: [write.subject], objects: [write.object] });
        if (write.kind === 'update') expect(row!.notes).toContain(write.note);
      }
    } finally {
      await db.driver.close();
    }
  });
});
