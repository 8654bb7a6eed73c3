import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { exportClaimsCsv } from '../../src/ingest/formats/claimsCsv';
import { claimCsvColumns } from '../../src/ingest/formats/csvText';
import { exportGraphml } from '../../src/ingest/formats/graphml';
import { exportJsonld } from '../../src/ingest/formats/jsonld';
import { exportKgx } from '../../src/ingest/formats/kgxWrite';
import { testDatabase } from '../helpers/db';

/** KGX's enums (Biolink Model 4.4.4, KnowledgeLevelEnum and AgentTypeEnum). */
const knowledgeLevels = [
  'knowledge_assertion',
  'logical_entailment',
  'prediction',
  'statistical_association',
  'text_co_occurrence',
  'observation',
  'not_provided',
];
const agentTypes = [
  'manual_agent',
  'automated_agent',
  'data_analysis_pipeline',
  'computational_model',
  'text_mining_agent',
  'image_processing_agent',
  'manual_validation_of_automated_agent',
  'not_provided',
];

/** A KGX TSV file read by csv-parse: tab-separated, a header row, no quoting. */
function readTsv(file: string): Array<Record<string, string>> {
  return parseCsv(readFileSync(file, 'utf8'), { columns: true, delimiter: '\t', quote: false }) as Array<
    Record<string, string>
  >;
}

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
    expect(await exportClaimsCsv(db, dir)).toEqual({ files: [file], entities: 0, claims: counts.claims });
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
    expect(await exportGraphml(db, dir)).toEqual({ files: [file], entities: counts.entities, claims: counts.claims });
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

  it('KGX: nodes.tsv and edges.tsv with the columns KGX requires, Biolink terms, every edge between nodes', async () => {
    const kgx = path.join(dir, 'kgx');
    mkdirSync(kgx);
    const summary = await exportKgx(db, kgx);
    expect(summary).toMatchObject({ entities: counts.entities, claims: counts.claims });
    const nodes = readTsv(path.join(kgx, 'nodes.tsv'));
    const edges = readTsv(path.join(kgx, 'edges.tsv'));
    expect(nodes).toHaveLength(counts.entities);
    expect(edges).toHaveLength(counts.claims);
    for (const column of ['id', 'category', 'name', 'xref', 'synonym', 'provided_by'])
      expect(nodes[0]).toHaveProperty(column);
    for (const column of ['id', 'subject', 'predicate', 'object', 'knowledge_level', 'agent_type', 'publications'])
      expect(edges[0]).toHaveProperty(column);

    const ids = new Set(nodes.map((node) => node.id));
    expect(ids.size).toBe(nodes.length);
    for (const node of nodes) {
      expect(node.id).toMatch(/^FASCIA:[a-z0-9-]+$/);
      expect(node.category).toMatch(/^biolink:[A-Z][A-Za-z]+$/);
    }
    for (const edge of edges) {
      expect(ids.has(edge.subject!) && ids.has(edge.object!)).toBe(true);
      expect(edge.predicate).toMatch(/^biolink:[a-z_]+$/);
      expect(knowledgeLevels).toContain(edge.knowledge_level);
      expect(agentTypes).toContain(edge.agent_type);
      const publications = edge.publications!.split('|');
      expect(publications.length).toBeGreaterThan(0);
      for (const publication of publications) expect(ids.has(publication)).toBe(true);
    }
    // The McMaster finding: an increase of a protein, in Biolink's qualified form.
    const pgc = nodes.find((node) => node.id === 'FASCIA:pgc-1alpha')!;
    expect(pgc.category).toBe('biolink:Protein');
    expect(pgc.xref!.split('|')).toContain('HGNC:9237');
    const increase = edges.find(
      (edge) => edge.object === 'FASCIA:pgc-1alpha' && edge.original_predicate === 'fasciavocab:INCREASES',
    )!;
    expect(increase).toMatchObject({
      predicate: 'biolink:affects',
      qualified_predicate: 'biolink:causes',
      object_direction_qualifier: 'increased',
      object_aspect_qualifier: 'activity_or_abundance',
    });
    const nullResult = edges.find((edge) => edge.original_predicate === 'fasciavocab:NO_EFFECT_ON')!;
    expect(nullResult).toMatchObject({ predicate: 'biolink:affects', negated: 'true' });
  });

  it('JSON-LD: expands with a JSON-LD processor into Biolink IRIs, one node per entity and claim', async () => {
    const out = path.join(dir, 'jsonld');
    mkdirSync(out);
    const summary = await exportJsonld(db, out, undefined, 'https://fascia.test/id/');
    expect(summary).toMatchObject({ entities: counts.entities, claims: counts.claims });
    const document = JSON.parse(readFileSync(path.join(out, 'fascia.jsonld'), 'utf8'));
    const published = JSON.parse(readFileSync(path.join(out, 'context.jsonld'), 'utf8'));
    expect(published['@context']).toEqual(document['@context']);

    const expanded = (await jsonld.expand(document)) as Array<Record<string, any>>;
    expect(expanded).toHaveLength(counts.entities + counts.claims);
    const vocab = 'https://w3id.org/biolink/vocab/';
    const byId = new Map(expanded.map((node) => [node['@id'], node]));
    const pgc = byId.get('https://fascia.test/id/pgc-1alpha')!;
    expect(pgc['@type']).toEqual([`${vocab}Protein`]);
    expect(pgc[`${vocab}xref`]).toContainEqual({ '@id': 'https://identifiers.org/hgnc/9237' });
    const associations = expanded.filter((node) => node['@type']?.includes(`${vocab}Association`));
    expect(associations).toHaveLength(counts.claims);
    for (const association of associations) {
      expect(byId.has(association[`${vocab}subject`][0]['@id'])).toBe(true);
      expect(byId.has(association[`${vocab}object`][0]['@id'])).toBe(true);
      expect(association[`${vocab}predicate`][0]['@id']).toMatch(new RegExp(`^${vocab}[a-z_]+$`));
    }
    // Every key is a term of the context, so the expansion dropped nothing.
    const terms = new Set(Object.keys(document['@context']));
    const keys = new Set<string>();
    for (const node of document['@graph'] as Array<Record<string, unknown>>) {
      Object.keys(node).forEach((key) => keys.add(key));
      for (const citation of (node.citations ?? []) as object[]) Object.keys(citation).forEach((key) => keys.add(key));
    }
    expect([...keys].filter((key) => !terms.has(key))).toEqual([]);
    const rdf = (await jsonld.toRDF(document, { format: 'application/n-quads' })) as unknown as string;
    expect(rdf.split('\n').filter(Boolean).length).toBeGreaterThan(counts.claims * 10);
  });
});
