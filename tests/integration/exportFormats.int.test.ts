import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { claimCsvColumns, exportClaimsCsv } from '../../src/ingest/formats/claimsCsv';
import { exportGraphml } from '../../src/ingest/formats/graphml';
import { testDatabase } from '../helpers/db';

/** The seeded graph exported for other tools, read back with real parsers. */
describe('exports for spreadsheets and graph tools', () => {
  const db = testDatabase();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fascia-formats-'));
  let counts: { entities: number; claims: number };
  beforeAll(async () => {
    const [row] = await db.read('RETURN COUNT { (:Entity) } AS entities, COUNT { (:Claim) } AS claims');
    counts = row as typeof counts;
  });
  afterAll(async () => {
    await db.driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('CSV: one row per claim, retracted ones included, in the documented columns', async () => {
    const file = path.join(dir, 'claims.csv');
    expect(await exportClaimsCsv(db, file)).toBe(counts.claims);
    const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(counts.claims);
    expect(Object.keys(rows[0]!)).toEqual([...claimCsvColumns]);
    const [pgc] = (await db.read(
      `MATCH (c:Claim {predicate: 'INCREASES'})-[:OBJECT]->(:Entity {id: 'pgc-1alpha'}) RETURN c.id AS id, c.statement AS statement LIMIT 1`,
    )) as Array<{ id: string; statement: string }>;
    const row = rows.find((candidate) => candidate.id === pgc!.id)!;
    expect(row).toMatchObject({
      statement: pgc!.statement,
      predicate: 'INCREASES',
      object: 'pgc-1alpha',
      kind: 'EFFECT',
    });
    expect(row.citations).toMatch(/\S+ "/);
  });

  it('GraphML: well-formed, attributes declared, every entity a node and every claim an edge', async () => {
    const file = path.join(dir, 'fascia.graphml');
    expect(await exportGraphml(db, file)).toEqual({ nodes: counts.entities, edges: counts.claims });
    const text = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const graphml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    }).parse(text).graphml[0];
    const declared = new Set((graphml.key as Array<{ id: string }>).map((key) => key.id));
    const graph = graphml.graph[0];
    expect(graph.edgedefault).toBe('directed');
    expect(graph.node).toHaveLength(counts.entities);
    expect(graph.edge).toHaveLength(counts.claims);
    const ids = new Set((graph.node as Array<{ id: string }>).map((node) => node.id));
    for (const edge of graph.edge as Array<{ source: string; target: string; data: Array<{ key: string }> }>) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      for (const value of edge.data) expect(declared.has(value.key)).toBe(true);
    }
  });
});
