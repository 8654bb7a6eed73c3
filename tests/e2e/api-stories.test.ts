import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { loadTestGraph, removePrefixed } from '../helpers/testGraph';

const article = 'bodywork-forms-article';
const paper = 'crane-2012-massage-inflammation';

describe('the read API against the seeded graph, one test per user story', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  it('researcher: which techniques are claimed to help carpal tunnel syndrome, on what evidence, from which source', async () => {
    const response = await service.gql(`{
      entity(id: "carpal-tunnel-syndrome") {
        name
        ... on Condition { treatedBy {
          technique { id } strongestEvidence
          claims { statement status evidence { level certainty } citations { source { id } locator } }
        } }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    const links = response.body.data!.entity.treatedBy as any[];
    expect(links.map((link) => link.technique.id).sort()).toEqual(['active-release-technique', 'myofascial-release']);
    const mfr = links.find((link) => link.technique.id === 'myofascial-release');
    expect(mfr).toEqual({
      technique: { id: 'myofascial-release' },
      strongestEvidence: 'ANECDOTAL',
      claims: [
        {
          statement: expect.any(String),
          status: 'ASSERTED',
          evidence: { level: 'ANECDOTAL', certainty: null },
          citations: [{ source: { id: article }, locator: '"Myofascial release" ¶1' }],
        },
      ],
    });
  });

  it('researcher: what the article and the paper each say about massage and PGC-1alpha', async () => {
    const response = await service.gql(`{
      claims(filter: { subject: "massage-therapy", object: "pgc-1alpha" }) {
        totalCount
        edges { node { status statusNote evidence { level certainty study { id } } citations { source { id ... on Source { tier } } locator } } }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    const claims = (response.body.data!.claims.edges as any[]).map((edge) => edge.node);
    expect(claims).toHaveLength(2);
    const bySource = Object.fromEntries(claims.map((claim) => [claim.citations[0].source.id, claim]));
    expect(bySource[paper]).toMatchObject({
      status: 'SUPPORTED',
      evidence: { level: 'CONTROLLED_STUDY', certainty: 'LOW', study: { id: 'mcmaster-massage-study' } },
      citations: [{ source: { id: paper, tier: 'PRIMARY' }, locator: '"Abstract"' }],
    });
    expect(bySource[article]).toMatchObject({
      evidence: { level: 'CONTROLLED_STUDY', study: { id: 'mcmaster-massage-study' } },
      citations: [
        {
          source: { id: article, tier: 'SECONDARY' },
          locator: '"Physiotherapy, Massage, and Myofascial Release Are All Forms of Bodywork" ¶5',
        },
      ],
    });
  });

  it('researcher: the article overstates the paper on NF-kB, and the claim says so', async () => {
    const response = await service.gql(`{
      claims(filter: { subject: "massage-therapy", object: "nf-kb", source: "${article}" }) { edges { node { status statusNote } } }
    }`);
    const [claim] = (response.body.data!.claims.edges as any[]).map((edge) => edge.node);
    expect(claim.status).toBe('OVERSTATED');
    expect(claim.statusNote).toMatch(/threefold/);
  });

  it('researcher: every caution attached to dry needling', async () => {
    const response = await service.gql(`{
      entity(id: "dry-needling") {
        ... on Technique { cautions { id kind } }
        claims(predicates: [CAUTION_FOR]) { totalCount edges { node { object { id } statement citations { locator } } } }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    const entity = response.body.data!.entity;
    expect(entity.cautions).toEqual([{ id: 'blood-thinning-medication', kind: 'SUBSTANCE' }]);
    expect(entity.claims.totalCount).toBe(1);
    expect(entity.claims.edges[0].node).toMatchObject({
      object: { id: 'blood-thinning-medication' },
      citations: [{ locator: '"Trigger point therapy" ¶4' }],
    });
  });

  it("researcher: the McMaster study's findings, design and publication", async () => {
    const response = await service.gql(`{
      entity(id: "mcmaster-massage-study") {
        ... on Study {
          participants
          publication { id doi pmid }
          conductedBy { id }
          findings { predicate object { id } evidence { level study { id } } status }
        }
      }
    }`);
    expect(response.body.errors).toBeUndefined();
    const study = response.body.data!.entity;
    expect(study.participants).toBe(11);
    expect(study.publication).toContainEqual({ id: paper, doi: '10.1126/scitranslmed.3002882', pmid: '22301554' });
    expect(study.conductedBy.map((e: any) => e.id)).toEqual(
      expect.arrayContaining(['mcmaster-university', 'jd-crane', 'ma-tarnopolsky']),
    );
    const findings = study.findings as any[];
    expect(findings.every((f) => f.evidence.study.id === 'mcmaster-massage-study')).toBe(true);
    expect(findings).toContainEqual({
      predicate: 'INCREASES',
      object: { id: 'pgc-1alpha' },
      evidence: { level: 'CONTROLLED_STUDY', study: { id: 'mcmaster-massage-study' } },
      status: 'SUPPORTED',
    });
    // The article's unsupported cancer claim rests on the study too, but it is no finding of it.
    expect(findings.map((finding) => finding.object.id)).not.toContain('cancer');
  });

  it('researcher: minEvidence keeps only claims at least that strong', async () => {
    const query = (min: string) =>
      `{ claims(filter: { subject: "massage-therapy"${min} }, first: 100) { totalCount edges { node { evidence { level } } } } }`;
    const all = (await service.gql(query(''))).body.data!.claims;
    const strong = (await service.gql(query(', minEvidence: CONTROLLED_STUDY'))).body.data!.claims;
    expect(strong.totalCount).toBeGreaterThan(0);
    expect(strong.totalCount).toBeLessThan(all.totalCount);
    const levels = new Set((strong.edges as any[]).map((edge) => edge.node.evidence.level));
    expect(
      [...levels].every((level) => ['SYSTEMATIC_REVIEW', 'RANDOMIZED_TRIAL', 'CONTROLLED_STUDY'].includes(level)),
    ).toBe(true);

    const links = await service.gql(`{ entity(id: "carpal-tunnel-syndrome") { ... on Condition {
      anecdotal: treatedBy(minEvidence: ANECDOTAL) { technique { id } }
      expert: treatedBy(minEvidence: EXPERT_OPINION) { technique { id } } } } }`);
    expect(links.body.data!.entity.anecdotal).toHaveLength(2);
    expect(links.body.data!.entity.expert).toEqual([]);
  });

  it('content team: related fields a writer would follow from myofascial release', async () => {
    const response = await service.gql(`{ entity(id: "myofascial-release") { ... on Technique {
      targets { id } broader { id } practicedBy { id } treats(first: 100) { condition { id } } } } }`);
    expect(response.body.errors).toBeUndefined();
    const mfr = response.body.data!.entity;
    expect(mfr.targets.map((t: any) => t.id)).toEqual(expect.arrayContaining(['fascia', 'skeletal-muscle', 'joint']));
    expect(mfr.broader).toEqual([{ id: 'massage-therapy' }]);
    expect(mfr.practicedBy).toEqual([{ id: 'physical-therapist' }]);
    expect(mfr.treats.map((l: any) => l.condition.id)).toEqual(
      expect.arrayContaining(['carpal-tunnel-syndrome', 'fibromyalgia', 'whiplash']),
    );
  });

  it('walks every claim with cursors and sees each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let lastCursor: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 100; page += 1) {
      const response: any = await service.gql(
        `query Page($after: String) { claims(first: 17, after: $after) { totalCount
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data.claims;
      // The page's ends are its first and last edges' cursors; only the first page has nothing before it.
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0].cursor);
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
      totalCount = connection.totalCount;
      lastCursor = connection.pageInfo.endCursor;
      seen.push(...connection.edges.map((edge: any) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(totalCount).toBeGreaterThanOrEqual(80);
    expect(seen).toHaveLength(totalCount);
    // Past the end: an empty page with no cursors, still after the items before it.
    const past: any = await service.gql(
      `query Page($after: String) { claims(first: 5, after: $after) {
         pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }`,
      { after: lastCursor },
    );
    expect(past.body.errors).toBeUndefined();
    expect(past.body.data.claims).toEqual({
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      edges: [],
    });
    expect(new Set(seen).size).toBe(totalCount);
  });

  describe('a retracted claim', () => {
    const prefix = 'test-api-retracted-';
    beforeAll(() =>
      loadTestGraph(service.runtime.db, {
        entities: [{ id: `${prefix}technique`, kind: 'TECHNIQUE', name: 'Retracted test technique' }],
        claims: [
          {
            subject: `${prefix}technique`,
            predicate: 'TREATS',
            object: 'carpal-tunnel-syndrome',
            statement: 'A test claim that a curator withdrew.',
            evidence: { level: 'RANDOMIZED_TRIAL' },
            status: 'RETRACTED',
            statusNote: 'Withdrawn in a test.',
            citations: [{ source: paper, locator: '"Abstract"' }],
          },
        ],
      }),
    );
    afterAll(() => removePrefixed(service.runtime.db, prefix));

    it('is left out by default and shown with includeRetracted', async () => {
      const query = (flag: string) => `{
        claims(filter: { object: "carpal-tunnel-syndrome"${flag} }) { edges { node { status subject { id } } } }
        entity(id: "${prefix}technique") { claims${flag ? `(${flag.slice(2)})` : ''} { totalCount } }
      }`;
      const hidden = await service.gql(query(''));
      expect((hidden.body.data!.claims.edges as any[]).map((e) => e.node.status)).not.toContain('RETRACTED');
      expect(hidden.body.data!.entity.claims.totalCount).toBe(0);

      const shown = await service.gql(query(', includeRetracted: true'));
      expect(shown.body.data!.claims.edges).toContainEqual({
        node: { status: 'RETRACTED', subject: { id: `${prefix}technique` } },
      });
      expect(shown.body.data!.entity.claims.totalCount).toBe(1);
    });

    it('never counts as evidence for a treatment link', async () => {
      const response = await service.gql(`{ entity(id: "carpal-tunnel-syndrome") { ... on Condition {
        hidden: treatedBy { technique { id } }
        shown: treatedBy(includeRetracted: true) { technique { id } strongestEvidence claims { status } } } } }`);
      const entity = response.body.data!.entity;
      expect((entity.hidden as any[]).map((link) => link.technique.id)).not.toContain(`${prefix}technique`);
      // Asked for, the link is there with its retracted claim, and no evidence behind it.
      expect(entity.shown).toContainEqual({
        technique: { id: `${prefix}technique` },
        strongestEvidence: 'NOT_GRADED',
        claims: [{ status: 'RETRACTED' }],
      });
    });
  });

  describe('errors', () => {
    it('returns null for an unknown id in entity(id)', async () => {
      const response = await service.gql('{ entity(id: "no-such-entity") { id } }');
      expect(response.body).toEqual({ data: { entity: null } });
    });

    it('answers NOT_FOUND naming an unknown id given as a filter', async () => {
      const response = await service.gql('{ claims(filter: { subject: "no-such-entity" }) { totalCount } }');
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
      expect(response.body.errors![0]!.message).toBe('filter.subject: no entity with id "no-such-entity"');
    });

    it.each([
      ['{ claims(first: 101) { totalCount } }', 'first'],
      ['{ entities(first: -1) { totalCount } }', 'first'],
      ['{ claims(after: "not-a-cursor") { totalCount } }', 'after'],
      ['{ entity(id: "massage-therapy") { claims(first: 1000) { totalCount } } }', 'first'],
    ])('answers BAD_USER_INPUT naming the argument for %s', async (query, argument) => {
      const response = await service.gql(query);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0]!.extensions!.argument).toBe(argument);
      expect(response.body.errors![0]!.message).toMatch(new RegExp(`^${argument}: `));
    });

    it('rejects a cursor from a different list', async () => {
      const entities = await service.gql('{ entities(first: 1) { pageInfo { endCursor } } }');
      const cursor = entities.body.data!.entities.pageInfo.endCursor;
      const response = await service.gql('query($after: String) { claims(after: $after) { totalCount } }', {
        after: cursor,
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('keeps type errors as GraphQL validation errors', async () => {
      const response = await service.gql('{ claims(first: "ten") { totalCount } }');
      expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });
  });
});
