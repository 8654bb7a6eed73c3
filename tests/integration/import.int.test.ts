import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { importInBatches, readAndValidate } from '../../src/ingest/load';
import { GraphValidationError } from '../../src/ingest/problems';
import { removeImportedNodes } from '../../src/repositories/imports';
import { graphCounts, testDatabase } from '../helpers/db';

const prefix = 'test-import-';

/** A graph file of `n` conditions, each treated by massage according to the seed article. */
function conditionsGraph(n: number, extra: { claims?: unknown[] } = {}) {
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `${prefix}condition-${i}`,
    kind: 'CONDITION',
    name: `Test condition ${i}`,
  }));
  const claims = entities.map((entity) => ({
    subject: 'massage-therapy',
    predicate: 'TREATS',
    object: entity.id,
    statement: `Massage treats ${entity.name}.`,
    evidence: { level: 'ANECDOTAL' },
    citations: [{ source: 'bodywork-forms-article', locator: '"Massage therapy" ¶1' }],
  }));
  return { entities, claims: [...claims, ...(extra.claims ?? [])] };
}

function writeGraph(content: unknown): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fascia-import-'));
  const file = path.join(dir, 'graph.yaml');
  writeFileSync(file, stringify(content));
  return file;
}

describe('importing graph files', () => {
  const db = testDatabase();
  afterAll(async () => {
    await db.write(`MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix });
    await db.driver.close();
  });

  it('rejects an invalid file before writing anything', async () => {
    const before = await graphCounts(db);
    const bad = conditionsGraph(3);
    (bad.claims[2] as { object: string }).object = `${prefix}missing`;
    const error = await readAndValidate(db, writeGraph(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphValidationError);
    expect((error as Error).message).toMatch(
      /graph\.yaml: claims\[2\] \(massage-therapy TREATS test-import-missing\): object: no entity/,
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it('loads in batches, tags what it wrote, and skips what already exists on a second run', async () => {
    const graph = await readAndValidate(db, writeGraph(conditionsGraph(25)));
    const batches: string[] = [];
    const first = await importInBatches(db, graph, {
      actor: 'test',
      batchSize: 10,
      onBatch: (p) => void batches.push(`${p.kind}:${p.done}/${p.total}`),
    });
    expect(first.entities.created).toBe(25);
    expect(first.claims.created).toBe(25);
    expect(batches).toEqual([
      'entities:10/25',
      'entities:20/25',
      'entities:25/25',
      'claims:10/25',
      'claims:20/25',
      'claims:25/25',
    ]);
    const [tagged] = await db.read('MATCH (c:Claim {importId: $id}) RETURN count(c) AS n', { id: first.importId });
    expect(tagged!.n).toBe(25);

    const before = await graphCounts(db);
    const second = await importInBatches(db, await readAndValidate(db, writeGraph(conditionsGraph(25))), {
      actor: 'test',
      batchSize: 10,
    });
    expect(second.entities.created + second.claims.created).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
    await removeImportedNodes(db, first.importId);
  });

  it('leaves the graph as it was when an import is interrupted midway', async () => {
    const before = await graphCounts(db);
    const graph = await readAndValidate(db, writeGraph(conditionsGraph(30)));
    let committedBatches = 0;
    const error = await importInBatches(db, graph, {
      actor: 'test',
      batchSize: 10,
      onBatch: ({ kind }) => {
        committedBatches += 1;
        if (kind === 'claims') throw new Error('interrupted after the first claim batch');
      },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('interrupted after the first claim batch');
    expect(committedBatches).toBe(4); // three entity batches and one claim batch were committed, then undone
    expect(await graphCounts(db)).toEqual(before);
    const [record] = await db.read(`MATCH (i:Import) WHERE i.summary CONTAINS 'interrupted' RETURN i.status AS status`);
    expect(record!.status).toBe('failed');
  });

  it('leaves the graph as it was when the database rejects a later batch', async () => {
    const before = await graphCounts(db);
    const [existing] = await db.read('MATCH (c:Claim) WHERE c.importId IS NULL RETURN c.id AS id LIMIT 1');
    // The last claim reuses an existing claim's id for a different statement: valid as a file, but
    // the database's uniqueness constraint refuses it in the last batch.
    const graph = conditionsGraph(30, {
      claims: [
        {
          id: existing!.id,
          subject: 'massage-therapy',
          predicate: 'IMPROVES',
          object: 'posture',
          statement: 'A clashing claim.',
          evidence: { level: 'ANECDOTAL' },
          citations: [{ source: 'crane-2012-massage-inflammation', locator: '"Abstract"' }],
        },
      ],
    });
    const error = await importInBatches(db, await readAndValidate(db, writeGraph(graph)), {
      actor: 'test',
      batchSize: 10,
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toMatch(/ConstraintValidationFailed/);
    expect(await graphCounts(db)).toEqual(before);
  });
});
