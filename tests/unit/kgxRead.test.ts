import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { entityIdOf, readKgx } from '../../src/ingest/formats/kgxRead';
import { GraphValidationError } from '../../src/ingest/problems';
import { validateGraph } from '../../src/ingest/validateGraph';

/** A KGX pair as another Biolink tool writes it: CURIE ids, Biolink terms, no Fascia columns. */
function kgxPair(nodes: string[][], edges: string[][]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fascia-kgx-unit-'));
  const tsv = (rows: string[][]) => `${rows.map((row) => row.join('\t')).join('\n')}\n`;
  writeFileSync(path.join(dir, 'graph_nodes.tsv'), tsv([['id', 'category', 'name', 'xref'], ...nodes]));
  writeFileSync(
    path.join(dir, 'graph_edges.tsv'),
    tsv([
      [
        'id',
        'subject',
        'predicate',
        'object',
        'object_direction_qualifier',
        'knowledge_level',
        'agent_type',
        'publications',
        'evidence_level',
      ],
      ...edges,
    ]),
  );
  return dir;
}

const nodes = [
  ['MONDO:0005178', 'biolink:Disease|biolink:DiseaseOrPhenotypicFeature', 'Osteoarthritis', ''],
  ['MAXO:0000950', 'biolink:Procedure', 'Massage', ''],
  ['CHEBI:28790', 'biolink:SmallMolecule', 'Serotonin', ''],
];
const treats = [
  'urn:uuid:1',
  'MAXO:0000950',
  'biolink:treats',
  'MONDO:0005178',
  '',
  'knowledge_assertion',
  'manual_agent',
  'PMID:12345678',
  'RANDOMIZED_TRIAL',
];

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await validateGraph(readKgx(dir));
  } catch (error) {
    expect(error).toBeInstanceOf(GraphValidationError);
    return (error as GraphValidationError).problems.map((p) => `${p.file}: ${p.entry}: ${p.field}: ${p.message}`);
  }
  throw new Error('expected validation to fail');
}

describe('KGX from another Biolink tool', () => {
  it('maps categories, predicates and publications onto entities and claims', async () => {
    const graph = await validateGraph(readKgx(kgxPair(nodes, [treats])));
    const byId = new Map(graph.entities.map((entity) => [entity.id, entity]));
    expect(byId.get('mondo-0005178')).toMatchObject({
      kind: 'CONDITION',
      name: 'Osteoarthritis',
      xrefs: ['MONDO:0005178'],
    });
    // MAXO is not one of Fascia's vocabularies: the slug keeps the id, no xref claims it.
    expect(byId.get('maxo-0000950')).toMatchObject({ kind: 'TECHNIQUE', xrefs: [] });
    expect(byId.get('chebi-28790')).toMatchObject({ kind: 'BIOMARKER', xrefs: ['CHEBI:28790'] });
    // A publication that is not a node becomes a SOURCE, cited as a whole.
    expect(byId.get('pmid-12345678')).toMatchObject({
      kind: 'SOURCE',
      name: 'PMID:12345678',
      xrefs: ['PMID:12345678'],
    });
    expect(graph.claims).toHaveLength(1);
    expect(graph.claims[0]).toMatchObject({
      subject: 'maxo-0000950',
      predicate: 'TREATS',
      object: 'mondo-0005178',
      level: 'RANDOMIZED_TRIAL',
      status: 'ASSERTED',
      statement: 'Massage treats Osteoarthritis',
      citations: [{ source: 'pmid-12345678', locator: '"whole"' }],
    });
  });

  it('reports every row it cannot map, with the other problems, in one pass', async () => {
    const dir = kgxPair(
      [...nodes, ['CL:0000187', 'biolink:Cell', 'Muscle cell', '']],
      [
        treats,
        // About an effect, but no grade: Fascia does not guess one.
        [
          'urn:uuid:2',
          'MAXO:0000950',
          'biolink:affects',
          'CHEBI:28790',
          'increased',
          'knowledge_assertion',
          'manual_agent',
          'PMID:1',
          '',
        ],
        [
          'urn:uuid:3',
          'MONDO:0005178',
          'biolink:interacts_with',
          'CHEBI:28790',
          '',
          'knowledge_assertion',
          'manual_agent',
          'PMID:1',
          '',
        ],
        [
          'urn:uuid:4',
          'MAXO:0000950',
          'biolink:treats',
          'MONDO:9999999',
          '',
          'knowledge_assertion',
          'manual_agent',
          'PMID:1',
          'ANECDOTAL',
        ],
      ],
    );
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/graph_nodes\.tsv: row 5 \(id "CL:0000187"\): category: no Fascia kind for biolink:Cell/),
      expect.stringMatching(/graph_edges\.tsv: row 3 .*: evidence_level: a INCREASES edge is about an effect/),
      expect.stringMatching(/graph_edges\.tsv: row 4 .*: predicate: no Fascia predicate for biolink:interacts_with/),
      expect.stringMatching(/graph_edges\.tsv: claims\[2\] .*: object: no entity "mondo-9999999"/),
    ]);
  });

  it('turns CURIEs into entity ids, and keeps Fascia ids as they are', () => {
    expect(entityIdOf('FASCIA:myofascial-release')).toBe('myofascial-release');
    expect(entityIdOf('MONDO:0005178')).toBe('mondo-0005178');
    expect(entityIdOf('UniProtKB:Q9UBK2')).toBe('uniprotkb-q9ubk2');
  });
});
