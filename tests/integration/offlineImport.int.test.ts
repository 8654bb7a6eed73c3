import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { upgradeStore } from '../../src/curation/legacyClaims';
import { exportGraph } from '../../src/ingest/export';
import { runAdminImport } from '../../src/ingest/offline/adminImport';
import { writeGraphCsv } from '../../src/ingest/offline/graphCsv';
import { readGraphFiles } from '../../src/ingest/readGraphFiles';
import { validateGraph } from '../../src/ingest/validateGraph';
import { createLogger } from '../../src/logger';
import { testDatabase } from '../helpers/db';
import { ownNeo4j } from '../helpers/ownNeo4j';

jest.setTimeout(300_000);

const contentOf = (dir: string) =>
  readGraphFiles(dir).map((file) => ({ file: path.relative(path.basename(dir), file.file), content: file.content }));

/** Every (label, property, type) the graph's nodes and relationships hold, Import records aside. */
const propertyTypes = /* cypher */ `
  CALL () {
    MATCH (n) WHERE NOT n:Import UNWIND keys(n) AS key
    RETURN labels(n)[0] AS owner, key, valueType(n[key]) AS type
    UNION
    MATCH ()-[r]->() UNWIND keys(r) AS key
    RETURN type(r) AS owner, key, valueType(r[key]) AS type
  }
  RETURN DISTINCT owner, key, type ORDER BY owner, key, type`;

describe('the offline importer (neo4j-admin database import) into an empty database', () => {
  const shared = testDatabase();
  const empty = ownNeo4j();
  const dirs: string[] = [];
  afterAll(async () => {
    await shared.driver.close();
    await empty.cleanup();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('restores a backup exactly as the live import does: same entries and histories, same property types', async () => {
    const backup = mkdtempSync(path.join(os.tmpdir(), 'fascia-offline-a-'));
    const again = mkdtempSync(path.join(os.tmpdir(), 'fascia-offline-b-'));
    const csv = mkdtempSync(path.join(os.tmpdir(), 'fascia-offline-csv-'));
    dirs.push(backup, again, csv);
    const exported = await exportGraph(shared, backup);

    const graph = await validateGraph(readGraphFiles(backup));
    const files = await writeGraphCsv(graph, csv, {
      actor: 'restore',
      at: new Date().toISOString(),
      importId: 'offline-test',
    });
    await runAdminImport(empty.neo4j.home, files, path.join(empty.dataDir, 'admin.log'), createLogger('silent'));
    const target = testDatabase(await empty.neo4j.start());
    try {
      await upgradeStore(target);
      await exportGraph(target, again);
      // The whole backup, histories and redirects included, comes back entry for entry.
      expect(contentOf(again)).toEqual(contentOf(backup));
      const [counts] = await target.read('RETURN COUNT { (:Entity) } AS entities, COUNT { (:Claim) } AS claims');
      expect(counts).toEqual({ entities: exported.entities, claims: exported.claims });
      // Stored with the types the live import gives them (a double stays a double, a version a long).
      const loaded = await target.read(propertyTypes);
      const live = new Set((await shared.read(propertyTypes)).map((row) => `${row.owner}.${row.key}: ${row.type}`));
      // (importId aside: the shared graph was seeded in one transaction, which tags nothing.)
      const triples = loaded
        .filter((row) => row.key !== 'importId')
        .map((row) => `${row.owner}.${row.key}: ${row.type}`);
      expect(triples.filter((triple) => !live.has(triple))).toEqual([]);
      expect(triples.length).toBeGreaterThan(30);
      // The search index is built over what was loaded.
      const hits = await target.read(
        `CALL db.index.fulltext.queryNodes('entity_search', 'myofascial') YIELD node RETURN collect(node.id) AS ids`,
      );
      expect(hits[0]!.ids).toContain('myofascial-release');
    } finally {
      await target.driver.close();
    }
  });

  it('keeps text with line breaks, tabs and quotes exactly', async () => {
    await empty.neo4j.stop();
    const description = 'First line, "quoted".\nSecond line\twith a tab.';
    const graph = await validateGraph([
      {
        file: 'multiline.yaml',
        content: {
          entities: [
            { id: 'ml-source', kind: 'SOURCE', name: 'A source' },
            { id: 'ml-technique', kind: 'TECHNIQUE', name: 'A technique', description },
            { id: 'ml-condition', kind: 'CONDITION', name: 'A condition' },
          ],
          claims: [
            {
              subject: 'ml-technique',
              predicate: 'TREATS',
              object: 'ml-condition',
              statement: 'It eases it,\nsays the source.',
              evidence: { level: 'ANECDOTAL' },
              citations: [{ source: 'ml-source', locator: '"whole"' }],
            },
          ],
        },
      },
    ]);
    const csv = mkdtempSync(path.join(os.tmpdir(), 'fascia-offline-ml-'));
    dirs.push(csv);
    const files = await writeGraphCsv(graph, csv, { actor: 'test', at: new Date().toISOString(), importId: 'ml' });
    expect(files.multiline).toBe(true);
    await runAdminImport(empty.neo4j.home, files, path.join(empty.dataDir, 'admin-ml.log'), createLogger('silent'));
    const target = testDatabase(await empty.neo4j.start());
    try {
      const [row] = await target.read(
        `MATCH (e:Entity {id: 'ml-technique'}) MATCH (c:Claim)-[:SUBJECT]->(e) RETURN e.description AS description, c.statement AS statement`,
      );
      expect(row).toEqual({ description, statement: 'It eases it,\nsays the source.' });
    } finally {
      await target.driver.close();
    }
  });
});
