import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstCopiedRun } from '../../src/domain/fingerprint';
import { parseLocator } from '../../src/domain/locator';
import { loadSeed } from '../../src/ingest/seed';
import { graphSummary } from '../../src/repositories/summary';
import { graphCounts, testDatabase } from '../helpers/db';

interface Outline {
  title: string;
  sections: Array<{ heading: string; paragraphs: number }>;
  articleShingles: string[];
  referenceShingles: string[];
}
const outline: Outline = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'article-outline.json'), 'utf8'),
);
const articleId = 'bodywork-forms-article';

describe('the seed graph in Neo4j (loaded by the test run like a first start)', () => {
  const db = testDatabase();
  afterAll(() => db.driver.close());

  it('meets the minimum counts', async () => {
    const summary = await graphSummary(db);
    expect(summary.entitiesByKind.TECHNIQUE).toBeGreaterThanOrEqual(15);
    expect(summary.entitiesByKind.CONDITION).toBeGreaterThanOrEqual(20);
    expect(summary.entitiesByKind.TISSUE).toBeGreaterThanOrEqual(6);
    expect((summary.entitiesByKind.PRACTITIONER ?? 0) + (summary.entitiesByKind.PERSON ?? 0)).toBeGreaterThanOrEqual(5);
    expect(summary.entitiesByKind.ORGANIZATION).toBeGreaterThanOrEqual(2);
    expect(summary.claims).toBeGreaterThanOrEqual(80);
    const ids = (await db.read('MATCH (e:Entity) RETURN collect(e.id) AS ids'))[0]!.ids as string[];
    for (const required of [
      'massage-therapy',
      'active-release-technique',
      'graston-technique',
      'myofascial-release',
      'trigger-point-therapy',
      'dry-needling',
      'trigger-point-injection',
      'acupuncture',
      'aromatherapy',
      'heat-and-cold-therapy',
      'mcmaster-university',
      'center-for-spine-care-and-mobility',
      'pgc-1alpha',
      'nf-kb',
      'tnf-alpha',
      'il-6',
      'hsp27',
      'fak',
      'erk1-2',
      'serotonin',
      'stress-hormone',
    ]) {
      expect(ids).toContain(required);
    }
  });

  it('changes no count when loaded a second time', async () => {
    const before = await graphCounts(db);
    const report = await loadSeed(db);
    expect(report.entities.created).toBe(0);
    expect(report.claims.created).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('gives every claim at least one citation with a well-formed locator', async () => {
    const rows = await db.read(`
      MATCH (c:Claim) WHERE c.importId IS NULL
      OPTIONAL MATCH (c)-[cite:CITES]->(s:Entity)
      RETURN c.id AS id, collect({source: s.id, kind: s.kind, locator: cite.locator}) AS citations`);
    expect(rows.length).toBeGreaterThanOrEqual(80);
    for (const row of rows) {
      const citations = (row.citations as Array<{ source: string | null; kind: string; locator: string }>).filter(
        (c) => c.source,
      );
      expect(citations.length).toBeGreaterThan(0);
      for (const citation of citations) {
        expect(citation.kind).toBe('SOURCE');
        expect(parseLocator(citation.locator)).not.toBeNull();
      }
    }
  });

  it('cites only real article sections and paragraphs that exist in them', async () => {
    const paragraphs = new Map(outline.sections.map((section) => [section.heading, section.paragraphs]));
    const rows = await db.read(
      'MATCH (:Claim)-[cite:CITES]->(:Entity {id: $articleId}) RETURN DISTINCT cite.locator AS locator',
      {
        articleId,
      },
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const { locator } of rows) {
      const parsed = parseLocator(locator as string)!;
      expect(paragraphs.has(parsed.section)).toBe(true);
      expect(parsed.paragraph).toBeGreaterThanOrEqual(1);
      expect(parsed.paragraph).toBeLessThanOrEqual(paragraphs.get(parsed.section)!);
    }
  });

  it('uses its own words: no statement, note or description repeats eight consecutive words of the sources', async () => {
    const sourceRuns = new Set([...outline.articleShingles, ...outline.referenceShingles]);
    const rows = await db.read(`
      CALL () { MATCH (c:Claim) RETURN c.id AS id, [c.statement, c.statusNote] AS texts
                UNION ALL MATCH (e:Entity) RETURN e.id AS id, [e.description, e.design] AS texts }
      RETURN id, texts`);
    const copies = rows.flatMap((row) =>
      (row.texts as Array<string | null>).flatMap((text) => {
        const run = text ? firstCopiedRun(text, sourceRuns) : null;
        return run ? [`${row.id}: "${run}"`] : [];
      }),
    );
    expect(copies).toEqual([]);
  });

  it('records the McMaster study with its design, links and graded findings', async () => {
    const [study] = await db.read(`
      MATCH (s:Entity:Study {id: 'mcmaster-massage-study'})
      RETURN s.participants AS participants,
        [(c:Claim {predicate: 'CONDUCTED_BY'})-[:SUBJECT]->(s) | [(c)-[:OBJECT]->(o) | o.id][0]] AS conductedBy,
        [(c:Claim {predicate: 'REPORTED_IN'})-[:SUBJECT]->(s) | [(c)-[:OBJECT]->(o) | o.id][0]] AS reportedIn,
        [(c:Claim {predicate: 'STUDIED'})-[:SUBJECT]->(s) | [(c)-[:OBJECT]->(o) | o.id][0]] AS studied`);
    expect(study!.participants).toBe(11);
    expect(study!.conductedBy).toContain('mcmaster-university');
    expect(study!.reportedIn).toContain('crane-2012-massage-inflammation');
    expect(study!.studied).toEqual(
      expect.arrayContaining(['massage-therapy', 'pgc-1alpha', 'nf-kb', 'tnf-alpha', 'il-6', 'hsp27', 'fak', 'erk1-2']),
    );

    const [paper] = await db.read(
      `MATCH (p:Entity {id: 'crane-2012-massage-inflammation'}) RETURN p.pmid AS pmid, p.doi AS doi, p.year AS year, p.journal AS journal, p.tier AS tier`,
    );
    expect(paper).toEqual({
      pmid: '22301554',
      doi: '10.1126/scitranslmed.3002882',
      year: 2012,
      journal: 'Science Translational Medicine',
      tier: 'PRIMARY',
    });

    const findings = await db.read(`
      MATCH (c:Claim)-[:EVIDENCE_FROM]->(:Entity {id: 'mcmaster-massage-study'}), (c)-[:CITES]->(:Entity {id: 'crane-2012-massage-inflammation'}),
            (c)-[:OBJECT]->(o:Entity {kind: 'BIOMARKER'})
      RETURN o.id AS biomarker, c.predicate AS predicate, c.level AS level, c.certainty AS certainty ORDER BY biomarker`);
    expect(findings).toEqual(
      expect.arrayContaining([
        { biomarker: 'pgc-1alpha', predicate: 'INCREASES', level: 'CONTROLLED_STUDY', certainty: 'LOW' },
        { biomarker: 'nf-kb', predicate: 'DECREASES', level: 'CONTROLLED_STUDY', certainty: 'LOW' },
      ]),
    );
  });

  it('marks where the article says more than the paper, and says why', async () => {
    const rows = await db.read(
      `
      MATCH (c:Claim)-[:CITES]->(:Entity {id: $articleId}), (c)-[:SUBJECT]->(:Entity {id: 'massage-therapy'}), (c)-[:OBJECT]->(o:Entity)
      WHERE o.id IN ['nf-kb', 'cancer']
      RETURN o.id AS object, c.status AS status, c.statusNote AS note ORDER BY object`,
      { articleId },
    );
    expect(rows).toEqual([
      { object: 'cancer', status: 'UNSUPPORTED', note: expect.stringMatching(/did not|does not|Nothing in/) },
      { object: 'nf-kb', status: 'OVERSTATED', note: expect.stringMatching(/threefold/) },
    ]);
  });

  it('records the cautions as CAUTION_FOR claims', async () => {
    const rows = await db.read(`
      MATCH (c:Claim {predicate: 'CAUTION_FOR'})-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
      RETURN s.id + ' -> ' + o.id AS caution ORDER BY caution`);
    expect(rows.map((row) => row.caution)).toEqual(
      expect.arrayContaining(['dry-needling -> blood-thinning-medication', 'massage-therapy -> osteoporosis']),
    );
  });

  it('knows the common abbreviations and spellings as aliases', async () => {
    const rows = await db.read(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.aliases AS aliases`, {
      ids: [
        'active-release-technique',
        'myofascial-release',
        'physical-therapy',
        'trigger-points',
        'nf-kb',
        'pgc-1alpha',
      ],
    });
    const aliases = Object.fromEntries(rows.map((row) => [row.id, row.aliases]));
    expect(aliases['active-release-technique']).toContain('ART');
    expect(aliases['myofascial-release']).toContain('MFR');
    expect(aliases['physical-therapy']).toContain('PT');
    expect(aliases['trigger-points']).toContain('TrP');
    expect(aliases['nf-kb']).toEqual(expect.arrayContaining(['NF-kB', 'NFkB']));
    expect(aliases['pgc-1alpha']).toContain('PGC-1alpha');
  });
});
