import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportGraph } from '../../src/ingest/export';
import { importInBatches, readAndValidate } from '../../src/ingest/load';
import { readGraphFiles } from '../../src/ingest/readGraphFiles';
import { migrationTask, warmUpTask } from '../../src/runtime';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { ownNeo4j } from '../helpers/ownNeo4j';
import { expectInvariants, removePrefixed } from '../helpers/testGraph';
import { bearer } from '../helpers/tokens';

jest.setTimeout(400_000);

const prefix = 'test-restore-';
const article = 'bodywork-forms-article';

const upsert = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`;
const assert = `mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }`;

/** What a researcher reads of an entity and its claims, history included. */
const reading = (id: string) => `{ entity(id: "${id}") {
  id kind name aliases description version ... on Source { sourceType tier pmid }
  history(first: 100) { version at actor action note target changes { field before after } }
  claims(first: 40, includeRetracted: true) { totalCount edges { node {
    id version predicate statement status statusNote subject { id } object { id } citations { source { id } locator }
    history(first: 20) { version at actor action note changes { field before after } }
  } } }
} }`;

describe('a backup restores everything the API can produce', () => {
  const empty = ownNeo4j();
  const dirs: string[] = [];
  let source: TestServer;
  let restored: TestServer | undefined;

  beforeAll(async () => {
    source = await startTestServer();
  });
  afterAll(async () => {
    await removePrefixed(source.runtime.db, prefix);
    await source.close();
    await restored?.close();
    await empty.cleanup();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('exports merges, redirects, self-loops and folds left by merges, retractions, bare sources and every event, and imports them as they were', async () => {
    const curator = await bearer(['curator'], 'test-restore');
    const admin = await bearer(['admin'], 'test-restore-admin');
    const run = async (query: string, variables: Record<string, unknown>, headers = curator) => {
      const response = await source.gql(query, variables, headers);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
    for (const name of ['keep', 'merged'])
      await run(upsert, { input: { id: `${prefix}${name}`, kind: 'TECHNIQUE', name: `Restore ${name}` } });
    // A SOURCE created without details.
    await run(upsert, { input: { id: `${prefix}bare-source`, kind: 'SOURCE', name: 'A source with no details' } });
    await run(upsert, {
      input: { id: `${prefix}keep`, kind: 'TECHNIQUE', name: 'Restore keep', aliases: ['RK'], description: 'Edited.' },
    });
    const claim = (subject: string, object: string, source = article) => ({
      input: {
        subject,
        predicate: 'SIMILAR_TO',
        object,
        statement: `${subject} resembles ${object}.`,
        evidence: { level: 'NOT_GRADED' },
        citations: [{ source, locator: '"whole"' }],
      },
    });
    // After the merge: a self-loop (retracted, identity given up) and two claims of one identity (folded).
    const loop = (await run(assert, claim(`${prefix}keep`, `${prefix}merged`))).assertClaim.id;
    await run(assert, claim(`${prefix}merged`, 'massage-therapy'));
    await run(assert, claim(`${prefix}keep`, 'massage-therapy'));
    const bare = (await run(assert, claim(`${prefix}keep`, 'dry-needling', `${prefix}bare-source`))).assertClaim.id;
    await run(`mutation($id: ID!) { retractClaim(id: $id, reason: "Withdrawn for the restore test.") { id } }`, {
      id: bare,
    });
    await run(`mutation($id: ID!) { updateClaim(id: $id, patch: { statement: "Changed." }, note: "an edit") { id } }`, {
      id: loop,
    });
    await run(`mutation { mergeEntities(keep: "${prefix}keep", merge: "${prefix}merged") { id } }`, {}, admin);
    await expectInvariants(source.runtime.db);

    const first = mkdtempSync(path.join(os.tmpdir(), 'fascia-restore-a-'));
    const second = mkdtempSync(path.join(os.tmpdir(), 'fascia-restore-b-'));
    dirs.push(first, second);
    const exported = await exportGraph(source.runtime.db, first);
    const files = readGraphFiles(first);
    const text = files.map((file) => JSON.stringify(file.content)).join('\n');
    expect(text).toContain('"retiredIdentity":true');
    expect(text).not.toContain('"source":{}');
    expect(readFileSync(path.join(first, 'redirects.yaml'), 'utf8')).toContain(`${prefix}merged`);

    const uri = await empty.neo4j.start();
    // Started as production starts a service (migrations, then the warm-up), on the empty database.
    restored = await startTestServer({ NEO4J_URI: uri }, [migrationTask, warmUpTask]);
    const report = await importInBatches(restored.runtime.db, await readAndValidate(restored.runtime.db, first), {
      actor: 'restore',
      batchSize: 40,
    });
    expect([report.entities.created, report.claims.created, report.redirects.created]).toEqual([
      exported.entities,
      exported.claims,
      exported.redirects,
    ]);
    await expectInvariants(restored.runtime.db);

    // The same answers, histories included, for what was merged, retracted and left bare.
    for (const id of [
      `${prefix}keep`,
      `${prefix}merged`,
      `${prefix}bare-source`,
      'massage-therapy',
      'carpal-tunnel-syndrome',
    ]) {
      const [before, after] = await Promise.all([source.gql(reading(id)), restored.gql(reading(id))]);
      expect(before.body.errors).toBeUndefined();
      expect(after.body).toEqual(before.body);
    }
    // And the same files when the restored graph is exported again.
    await exportGraph(restored.runtime.db, second);
    const contents = (dir: string) =>
      readGraphFiles(dir).map((file) => [path.relative(path.basename(dir), file.file), file.content]);
    expect(contents(second)).toEqual(contents(first));
  });
});
