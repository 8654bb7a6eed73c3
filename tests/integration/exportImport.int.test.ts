import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportGraph } from '../../src/ingest/export';
import { exportKgx } from '../../src/ingest/formats/kgxWrite';
import { readKgx } from '../../src/ingest/formats/kgxRead';
import { importInBatches, readAndValidate, validateAgainstGraph } from '../../src/ingest/load';
import { readGraphFiles } from '../../src/ingest/readGraphFiles';
import { countGraph } from '../../src/repositories/bulk';
import { testDatabase } from '../helpers/db';
import { ownNeo4j } from '../helpers/ownNeo4j';

jest.setTimeout(300_000);

/** The exported files' content, without the header comment that carries the export time. */
function exportedContent(dir: string): Array<{ file: string; content: unknown }> {
  return readGraphFiles(dir).map((file) => ({
    file: path.relative(path.basename(dir), file.file),
    content: file.content,
  }));
}

describe('export, then import into an empty database', () => {
  const shared = testDatabase();
  const empty = ownNeo4j();
  let started: Promise<string> | undefined;
  const emptyUri = () => (started ??= empty.neo4j.start());
  const dirs: string[] = [];
  afterAll(async () => {
    await shared.driver.close();
    await empty.cleanup();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('reproduces the same entities and claims, ids included', async () => {
    const first = mkdtempSync(path.join(os.tmpdir(), 'fascia-export-a-'));
    const second = mkdtempSync(path.join(os.tmpdir(), 'fascia-export-b-'));
    dirs.push(first, second);
    const exported = await exportGraph(shared, first);
    expect(exported.claims).toBeGreaterThanOrEqual(80);

    const target = testDatabase(await emptyUri());
    try {
      expect(await countGraph(target)).toEqual({ entities: 0, claims: 0 });
      const report = await importInBatches(target, await readAndValidate(target, first), {
        actor: 'restore',
        batchSize: 50,
      });
      expect(report.entities.created).toBe(exported.entities);
      expect(report.claims.created).toBe(exported.claims);

      await exportGraph(target, second);
      expect(exportedContent(path.join(second))).toEqual(exportedContent(path.join(first)));
      // Identifiers, reports links and disputing citations come back too (batches of 50 split them).
      const carried = `MATCH (e:Entity) WITH sum(size(coalesce(e.xrefs, [])) + size(coalesce(e.closeXrefs, []))) AS xrefs
        RETURN xrefs, COUNT { ()-[:REPORTS]->() } AS reports, COUNT { ()-[:CITES {role: 'DISPUTES'}]->() } AS disputes`;
      const [before] = await shared.read(carried);
      expect(before!.xrefs).toBeGreaterThan(100);
      expect(before!.reports).toBeGreaterThanOrEqual(2);
      expect(before!.disputes).toBeGreaterThanOrEqual(3);
      expect(await target.read(carried)).toEqual([before]);
    } finally {
      await target.driver.close();
    }
  });

  it('KGX: the pair exported from one graph imports into an empty one as the same entities and claims', async () => {
    const kgx = mkdtempSync(path.join(os.tmpdir(), 'fascia-kgx-'));
    const yamlBefore = mkdtempSync(path.join(os.tmpdir(), 'fascia-kgx-a-'));
    const yamlAfter = mkdtempSync(path.join(os.tmpdir(), 'fascia-kgx-b-'));
    dirs.push(kgx, yamlBefore, yamlAfter);
    const exported = await exportKgx(shared, kgx);
    await exportGraph(shared, yamlBefore);

    const target = testDatabase(await emptyUri());
    try {
      await target.write('MATCH (n) DETACH DELETE n');
      const graph = await validateAgainstGraph(target, readKgx(kgx));
      const report = await importInBatches(target, graph, { actor: 'kgx', batchSize: 40 });
      expect(report.entities.created).toBe(exported.entities);
      expect(report.claims.created).toBe(exported.claims);
      expect(await countGraph(target)).toEqual({ entities: exported.entities, claims: exported.claims });

      // KGX carries no history (the YAML backup does): compare everything else, entry by entry.
      await exportGraph(target, yamlAfter);
      const withoutHistory = (dir: string) =>
        // KGX has no place for the redirects merges leave: entities and claims only.
        exportedContent(dir)
          .filter((file) => !file.file.endsWith('redirects.yaml'))
          .map((file) => {
            const content = file.content as Record<string, Array<Record<string, unknown>>>;
            const strip = (list?: Array<Record<string, unknown>>) =>
              list?.map(({ history: _history, ...entry }) => entry);
            return { file: file.file, entities: strip(content.entities), claims: strip(content.claims) };
          });
      expect(withoutHistory(yamlAfter)).toEqual(withoutHistory(yamlBefore));
    } finally {
      await target.driver.close();
    }
  });
});
