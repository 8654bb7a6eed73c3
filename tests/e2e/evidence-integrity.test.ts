import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { removePrefixed } from '../helpers/testGraph';
import { bearer } from '../helpers/tokens';

/*
 * What a study showed, apart from what is said about it; what counts as evidence; public
 * identifiers. Each test asks the seeded graph through GraphQL what a researcher would.
 */

const paper = 'crane-2012-massage-inflammation';
const article = 'bodywork-forms-article';
const prefix = 'test-evidence-';

describe('evidence integrity through the GraphQL API', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(async () => {
    await removePrefixed(service.runtime.db, prefix);
    await service.close();
  });

  const data = async (query: string, variables?: Record<string, unknown>) => {
    const response = await service.gql(query, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  };

  describe('findings and reports', () => {
    const findingsQuery = `{ entity(id: "mcmaster-massage-study") { ... on Study { designLevel findings {
      id kind predicate object { id } status measure timepoint evidence { level }
      citations { source { id ... on Source { tier } } role }
      reportedBy { id status citations { source { id } } }
    } } } }`;

    it('lists what the study showed: EFFECT claims cited to the paper at its design level, null results included', async () => {
      const study = (await data(findingsQuery)).entity;
      expect(study.designLevel).toBe('CONTROLLED_STUDY');
      const findings = study.findings as any[];
      expect(findings.length).toBeGreaterThanOrEqual(5);
      for (const finding of findings) {
        expect(finding.kind).toBe('EFFECT');
        expect(finding.evidence.level).toBe('CONTROLLED_STUDY');
        expect(['OVERSTATED', 'UNSUPPORTED']).not.toContain(finding.status);
        expect(finding.citations[0]).toEqual({ source: { id: paper, tier: 'PRIMARY' }, role: 'ASSERTS' });
        expect(finding.measure).toEqual(expect.stringContaining('vastus lateralis'));
        expect(finding.timepoint).toEqual(expect.stringContaining('2.5 hours'));
      }
      const nulls = findings.filter((finding) => finding.predicate === 'NO_EFFECT_ON').map((f) => f.object.id);
      expect(nulls.sort()).toEqual(['lactate', 'muscle-glycogen']);
      // The inferences drawn from the findings are not findings.
      expect(findings.map((finding) => finding.object.id)).not.toContain('inflammation');
      expect(findings.map((finding) => finding.object.id)).not.toContain('mitochondrial-biogenesis');
    });

    it("puts the article's NF-κB and PGC-1α claims in reportedBy of the paper's findings, never among them", async () => {
      const findings = (await data(findingsQuery)).entity.findings as any[];
      const reporters = (biomarker: string) => findings.find((f) => f.object.id === biomarker).reportedBy as any[];
      expect(reporters('nf-kb')).toEqual([
        { id: expect.any(String), status: 'OVERSTATED', citations: [{ source: { id: article } }] },
      ]);
      expect(reporters('pgc-1alpha')).toEqual([
        { id: expect.any(String), status: 'OVERSTATED', citations: [{ source: { id: article } }] },
      ]);
      const reporterIds = [...reporters('nf-kb'), ...reporters('pgc-1alpha')].map((claim) => claim.id);
      expect(findings.map((finding) => finding.id)).not.toEqual(expect.arrayContaining([reporterIds[0]]));

      const reported = await data(`query($id: ID!) { claim(id: $id) { reports { id object { id } } } }`, {
        id: reporterIds[0],
      });
      expect(reported.claim.reports).toEqual([{ id: 'crane-2012-nf-kb', object: { id: 'nf-kb' } }]);
    });

    it('cites the critique as disputing the inferences, and never as a report of the study', async () => {
      const result = await data(`{
        entity(id: "painscience-crane-2012-critique") { ... on Source {
          reports { id }
          citedBy(first: 20) { edges { node { object { id } status citations { source { id } role } } } }
        } }
      }`);
      expect(result.entity.reports).toEqual([]);
      const disputed = (result.entity.citedBy.edges as any[]).map((edge) => edge.node);
      expect(disputed.map((claim) => claim.object.id).sort()).toEqual([
        'inflammation',
        'mitochondrial-biogenesis',
        'tissue-healing',
      ]);
      for (const claim of disputed) {
        expect(claim.status).toBe('CONTESTED');
        expect(claim.citations).toContainEqual({ source: { id: 'painscience-crane-2012-critique' }, role: 'DISPUTES' });
      }
    });
  });

  describe('what counts as evidence', () => {
    it('leaves the unsupported cancer claim out of decreasedBy unless asked', async () => {
      const result = await data(`{ entity(id: "cancer") { ... on Condition {
        byDefault: decreasedBy { id }
        all: decreasedBy(includeUnsupported: true) { id }
      } } }`);
      expect(result.entity.byDefault).toEqual([]);
      expect(result.entity.all).toEqual([{ id: 'massage-therapy' }]);
    });

    it('grades no claim that is not about an effect, and lets no minEvidence admit one', async () => {
      const provenance = await data(`{ claims(filter: { kind: PROVENANCE }, first: 100) {
        totalCount edges { node { kind evidence { level certainty } } } } }`);
      expect(provenance.claims.totalCount).toBeGreaterThan(15);
      for (const { node } of provenance.claims.edges as any[]) {
        expect(node).toEqual({ kind: 'PROVENANCE', evidence: { level: 'NOT_GRADED', certainty: null } });
      }
      const graded = await data(`{ claims(filter: { minEvidence: ANECDOTAL }, first: 100) {
        totalCount edges { node { kind evidence { level } } } } }`);
      const all = await data(`{ claims(first: 1) { totalCount } }`);
      expect(graded.claims.totalCount).toBeGreaterThan(50);
      expect(graded.claims.totalCount).toBeLessThan(all.claims.totalCount);
      for (const { node } of graded.claims.edges as any[]) {
        expect(node.kind).toBe('EFFECT');
        expect(node.evidence.level).not.toBe('NOT_GRADED');
      }
    });

    it('gathers the links of narrower conditions with includeSubtypes', async () => {
      const result = await data(`{ entity(id: "back-pain") { ... on Condition {
        direct: treatedBy { technique { id } condition { id } }
        withSubtypes: treatedBy(includeSubtypes: true) { technique { id } condition { id } strongestEvidence }
      } } }`);
      const direct = result.entity.direct as any[];
      expect(direct.map((link) => link.technique.id)).not.toContain('active-release-technique');
      expect(result.entity.withSubtypes).toContainEqual({
        technique: { id: 'active-release-technique' },
        condition: { id: 'chronic-lower-back-pain' },
        strongestEvidence: 'ANECDOTAL',
      });
    });

    it('walks no path over a claim that establishes no link, unless asked', async () => {
      const query = `query($unsupported: Boolean!) { paths(from: "massage-therapy", to: "cancer", maxLength: 2, includeUnsupported: $unsupported) {
        length edges { status } } }`;
      const byDefault = (await data(query, { unsupported: false })).paths as any[];
      for (const path of byDefault) expect(path.edges.map((edge: any) => edge.status)).not.toContain('UNSUPPORTED');
      const all = (await data(query, { unsupported: true })).paths as any[];
      expect(all[0]).toEqual({ length: 1, edges: [{ status: 'UNSUPPORTED' }] });
    });

    it('scores related topics from evidence: provenance links weigh less than the weakest evidence', async () => {
      // The study's first author is joined to the rest of the graph only by PROVENANCE claims.
      const related = (
        await data(`{ related(id: "jd-crane", first: 5) { entity { id } score claims { kind evidence { level } } } }`)
      ).related as any[];
      expect(related[0]).toEqual({
        entity: { id: 'mcmaster-massage-study' },
        score: 0.0625,
        claims: [{ kind: 'PROVENANCE', evidence: { level: 'NOT_GRADED' } }],
      });
      for (const result of related.slice(1)) expect(result.score).toBeLessThan(0.0625);
    });
  });

  describe('public identifiers', () => {
    const byXref = `query($curie: String!) { entityByXref(curie: $curie) { id xrefs { curie prefix localId url match } } }`;

    it('resolves CURIEs to entities, the prefix in any case', async () => {
      const cases: Array<[string, string]> = [
        ['MESH:D002349', 'carpal-tunnel-syndrome'],
        ['mesh:D002349', 'carpal-tunnel-syndrome'],
        ['MESH:D008405', 'massage-therapy'],
        ['HGNC:9237', 'pgc-1alpha'],
        ['PMID:22301554', paper],
        ['DOI:10.1126/scitranslmed.3002882', paper],
      ];
      for (const [curie, id] of cases) {
        expect({ curie, id: (await data(byXref, { curie })).entityByXref?.id }).toEqual({ curie, id });
      }
      const cts = (await data(byXref, { curie: 'mesh:D002349' })).entityByXref;
      expect(cts.xrefs).toContainEqual({
        curie: 'MESH:D002349',
        prefix: 'MESH',
        localId: 'D002349',
        url: 'https://id.nlm.nih.gov/mesh/D002349',
        match: 'EXACT',
      });
      // MESH:D008403 is the MeSH descriptor Mass Screening, not Massage: it names nothing here.
      expect((await data(byXref, { curie: 'MESH:D008403' })).entityByXref).toBeNull();
    });

    it('finds a close match only when no entity matches exactly, and refuses a malformed CURIE', async () => {
      expect((await data(byXref, { curie: 'MESH:D006003' })).entityByXref.id).toBe('muscle-glycogen');
      const response = await service.gql(byXref, { curie: 'NOPE:123' });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0]!.message).toMatch(/not a known prefix/);
    });

    it('finds an entity by its CURIE in search, first', async () => {
      const hits = (await data(`{ search(text: "MESH:D002349") { entity { id } score } }`)).search as any[];
      expect(hits[0]).toEqual({ entity: { id: 'carpal-tunnel-syndrome' }, score: 1 });
    });

    it('gives at least 60 % of the conditions an identifier', async () => {
      const result = await data(
        `{ entities(kind: CONDITION, first: 100) { totalCount edges { node { xrefs { curie } } } } }`,
      );
      const withXref = (result.entities.edges as any[]).filter((edge) => edge.node.xrefs.length > 0).length;
      expect(withXref / result.entities.totalCount).toBeGreaterThanOrEqual(0.6);
    });
  });

  describe('curation keeps the rules', () => {
    let curator: Record<string, string>;
    const assert = `mutation($input: ClaimInput!) { assertClaim(input: $input) { id kind evidence { level } citations { role } } }`;
    const upsert = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id xrefs { curie match } } }`;
    beforeAll(async () => {
      curator = await bearer(['curator'], 'test-evidence-curator');
    });

    const claim = (overrides: Record<string, unknown>) => ({
      subject: 'massage-therapy',
      predicate: 'TREATS',
      object: 'chronic-pain',
      statement: 'A test claim.',
      evidence: { level: 'ANECDOTAL' },
      citations: [{ source: article, locator: '"Massage therapy" ¶1' }],
      ...overrides,
    });

    it('refuses NOT_GRADED on an effect claim and a grade on any other, changing nothing', async () => {
      const before = await data(`{ claims(first: 1) { totalCount } }`);
      const ungradedEffect = await service.gql(
        assert,
        { input: claim({ evidence: { level: 'NOT_GRADED' } }) },
        curator,
      );
      expect(errorCodes(ungradedEffect)).toEqual(['BAD_USER_INPUT']);
      const gradedPractice = await service.gql(
        assert,
        { input: claim({ predicate: 'TARGETS', object: 'fascia', evidence: { level: 'EXPERT_OPINION' } }) },
        curator,
      );
      expect(errorCodes(gradedPractice)).toEqual(['BAD_USER_INPUT']);
      expect(gradedPractice.body.errors![0]!.message).toMatch(/NOT_GRADED/);
      expect(await data(`{ claims(first: 1) { totalCount } }`)).toEqual(before);
    });

    it('records a disputing citation, and refuses a first citation that disputes', async () => {
      const technique = await service.gql(
        upsert,
        { input: { id: `${prefix}technique`, kind: 'TECHNIQUE', name: 'Evidence test technique' } },
        curator,
      );
      expect(technique.body.errors).toBeUndefined();
      const disputed = claim({
        subject: `${prefix}technique`,
        status: 'CONTESTED',
        statusNote: 'Disputed by the critique.',
        citations: [
          { source: article, locator: '"Massage therapy" ¶1' },
          { source: 'painscience-crane-2012-critique', locator: '"whole"', role: 'DISPUTES' },
        ],
      });
      const created = await service.gql(assert, { input: disputed }, curator);
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.assertClaim.citations).toEqual([{ role: 'ASSERTS' }, { role: 'DISPUTES' }]);

      const disputingFirst = claim({
        subject: `${prefix}technique`,
        object: 'stress',
        citations: [{ source: 'painscience-crane-2012-critique', locator: '"whole"', role: 'DISPUTES' }],
      });
      const refused = await service.gql(assert, { input: disputingFirst }, curator);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    });

    it('validates identifiers, keeps them canonical, and refuses one another entity holds', async () => {
      const created = await service.gql(
        upsert,
        { input: { id: `${prefix}tissue`, kind: 'TISSUE', name: 'Evidence test tissue', xrefs: ['uberon:9999999'] } },
        curator,
      );
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data!.upsertEntity.xrefs).toEqual([{ curie: 'UBERON:9999999', match: 'EXACT' }]);
      const bad = await service.gql(
        upsert,
        { input: { id: `${prefix}tissue`, kind: 'TISSUE', name: 'Evidence test tissue', xrefs: ['not a curie'] } },
        curator,
      );
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      const taken = await service.gql(
        upsert,
        { input: { id: `${prefix}tissue`, kind: 'TISSUE', name: 'Evidence test tissue', xrefs: ['MESH:D005205'] } },
        curator,
      );
      expect(errorCodes(taken)).toEqual(['BAD_USER_INPUT']);
      expect(taken.body.errors![0]!.message).toMatch(/already identifies "fascia"/);
      expect((await data(byXrefQuery, { curie: 'UBERON:9999999' })).entityByXref.id).toBe(`${prefix}tissue`);
    });
  });
});

const byXrefQuery = `query($curie: String!) { entityByXref(curie: $curie) { id } }`;
