import { evidenceLevels } from '../../src/domain';
import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { loadTestGraph, removePrefixed } from '../helpers/testGraph';

const hitsQuery = `query Search($text: String!, $kinds: [EntityKind!], $first: Int, $offset: Int) {
  search(text: $text, kinds: $kinds, first: $first, offset: $offset) { score entity { id kind } }
}`;

describe('exploration against the seeded graph', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  const search = async (text: string, extra: Record<string, unknown> = {}) => {
    const response = await service.gql(hitsQuery, { text, ...extra });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.search as Array<{ score: number; entity: { id: string; kind: string } }>;
  };

  describe('search', () => {
    it.each([
      ['myofacial release', 'myofascial-release'],
      ['carpel tunnel', 'carpal-tunnel-syndrome'],
      ['fibromyalga', 'fibromyalgia'],
    ])('forgives the typo in %s', async (text, expected) => {
      expect((await search(text))[0]!.entity.id).toBe(expected);
    });

    it.each([
      ['trig', 'trigger-point-therapy'],
      ['myofasc', 'myofascial-release'],
      ['grast', 'graston-technique'],
    ])('matches the prefix %s as the user types', async (text, expected) => {
      const ids = (await search(text, { first: 5 })).map((hit) => hit.entity.id);
      expect(ids).toContain(expected);
    });

    it.each([
      ['ART', 'active-release-technique'],
      ['MFR', 'myofascial-release'],
      ['NFkB', 'nf-kb'],
      ['PGC-1alpha', 'pgc-1alpha'],
      ['TrP', 'trigger-points'],
    ])('ranks the entity with the exact alias %s first, with score 1', async (text, expected) => {
      const [top, next] = await search(text);
      expect(top).toEqual({ score: 1, entity: expect.objectContaining({ id: expected }) });
      if (next) expect(next.score).toBeLessThan(1);
    });

    it.each([
      'NF-kB (p65)',
      'a:b~',
      '"',
      '*',
      '\\',
      'AND OR NOT',
      '((((',
      '',
      '   ',
      'name:massage^10 OR kind:*',
      '~~~ ]]]',
    ])('treats %j as plain text: a list, never an error', async (text) => {
      const hits = await search(text);
      expect(Array.isArray(hits)).toBe(true);
    });

    it('finds nothing for text without letters or digits', async () => {
      expect(await search('((((')).toEqual([]);
      expect(await search('')).toEqual([]);
    });

    it('keeps to the kinds asked for', async () => {
      const hits = await search('massage', { kinds: ['CONDITION', 'OUTCOME'], first: 20 });
      expect(hits.every((hit) => ['CONDITION', 'OUTCOME'].includes(hit.entity.kind))).toBe(true);
    });

    it('orders by score', async () => {
      const scores = (await search('massage therapy', { first: 10 })).map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });

  describe('search pages', () => {
    it('by offset: the second page starts where the first ends', async () => {
      const whole = await search('massage', { first: 10 });
      expect(whole.length).toBeGreaterThanOrEqual(6);
      const first = await search('massage', { first: 3 });
      const second = await search('massage', { first: 3, offset: 3 });
      expect([...first, ...second].map((hit) => hit.entity.id)).toEqual(whole.slice(0, 6).map((hit) => hit.entity.id));
    });

    it.each([-1, 401])('refuses offset %i with BAD_USER_INPUT naming it', async (offset) => {
      const response = await service.gql(hitsQuery, { text: 'massage', offset });
      expect(response.body.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([
        ['BAD_USER_INPUT', 'offset'],
      ]);
    });
  });

  describe('related', () => {
    const relatedQuery = `query($id: ID!, $kinds: [EntityKind!], $first: Int, $offset: Int) {
      related(id: $id, kinds: $kinds, first: $first, offset: $offset) { score entity { id kind } via { id } }
    }`;

    it('pages by offset: consecutive pages are the whole ranked list cut in pieces', async () => {
      const related = async (first: number, offset: number) => {
        const response = await service.gql(relatedQuery, { id: 'massage-therapy', first, offset });
        expect(response.body.errors).toBeUndefined();
        return (response.body.data!.related as Array<{ entity: { id: string } }>).map((item) => item.entity.id);
      };
      const whole = await related(12, 0);
      expect(whole.length).toBeGreaterThan(8);
      expect([...(await related(4, 0)), ...(await related(4, 4)), ...(await related(4, 8))]).toEqual(whole);
    });

    it('ranks related entities with the shared neighbours that explain them, deterministically', async () => {
      const first = await service.gql(relatedQuery, { id: 'myofascial-release', first: 10 });
      const again = await service.gql(relatedQuery, { id: 'myofascial-release', first: 10 });
      expect(first.body).toEqual(again.body);
      const related = first.body.data!.related as any[];
      expect(related).toHaveLength(10);
      // Techniques that share most with myofascial release come first, massage therapy among them.
      expect(related.slice(0, 4).map((item) => item.entity.kind)).toEqual([
        'TECHNIQUE',
        'TECHNIQUE',
        'TECHNIQUE',
        'TECHNIQUE',
      ]);
      expect(related.slice(0, 4).map((item) => item.entity.id)).toContain('massage-therapy');
      for (const item of related) expect(item.entity.id).not.toBe('myofascial-release');
      expect(related[0].via.length).toBeGreaterThan(0);
      expect(related.filter((item) => item.via.length > 0).length).toBeGreaterThanOrEqual(3);
      const scores = related.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('keeps to the kinds asked for', async () => {
      const response = await service.gql(relatedQuery, { id: 'carpal-tunnel-syndrome', kinds: ['TECHNIQUE'] });
      const related = response.body.data!.related as any[];
      expect(related.length).toBeGreaterThan(0);
      expect(related.every((item) => item.entity.kind === 'TECHNIQUE')).toBe(true);
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(errorCodes(await service.gql(relatedQuery, { id: 'no-such-entity' }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('neighborhood', () => {
    const neighborhoodQuery = `query($id: ID!, $depth: Int, $limit: Int, $predicates: [Predicate!], $minEvidence: EvidenceLevel) {
      neighborhood(id: $id, depth: $depth, limit: $limit, predicates: $predicates, minEvidence: $minEvidence) {
        truncated nodes { id kind label } edges { id source target predicate level claim { id } }
      }
    }`;
    const fetchNeighborhood = async (variables: Record<string, unknown>) => {
      const response = await service.gql(neighborhoodQuery, variables);
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.neighborhood as { truncated: boolean; nodes: any[]; edges: any[] };
    };

    it('returns drawable elements: the root, and both ends of every edge', async () => {
      const graph = await fetchNeighborhood({ id: 'massage-therapy', depth: 2, limit: 60 });
      const ids = new Set(graph.nodes.map((node) => node.id));
      expect(graph.nodes[0].id).toBe('massage-therapy');
      expect(ids.size).toBe(graph.nodes.length);
      for (const edge of graph.edges) {
        expect(ids.has(edge.source)).toBe(true);
        expect(ids.has(edge.target)).toBe(true);
        expect(edge.claim.id).toBe(edge.id);
      }
      expect(graph.nodes.length + graph.edges.length).toBeLessThanOrEqual(60);
      expect(graph.truncated).toBe(true);
    });

    it('keeps the nearest claims first, then the strongest', async () => {
      const graph = await fetchNeighborhood({ id: 'dry-needling', depth: 2, limit: 500 });
      expect(graph.truncated).toBe(false);
      const touchesRoot = graph.edges.map((edge) => edge.source === 'dry-needling' || edge.target === 'dry-needling');
      const lastNear = touchesRoot.lastIndexOf(true);
      const firstFar = touchesRoot.indexOf(false);
      expect(firstFar).toBeGreaterThan(lastNear);
      const near = graph.edges.slice(0, lastNear + 1).map((edge) => evidenceLevels.indexOf(edge.level));
      expect(near).not.toContain(-1);
      expect(near).toEqual([...near].sort((a, b) => a - b));
    });

    it('is the same every time', async () => {
      const variables = { id: 'trigger-points', depth: 3, limit: 40 };
      expect(await fetchNeighborhood(variables)).toEqual(await fetchNeighborhood(variables));
    });

    it('filters by predicate and evidence', async () => {
      const graph = await fetchNeighborhood({
        id: 'massage-therapy',
        depth: 1,
        limit: 500,
        predicates: ['INCREASES', 'DECREASES'],
        minEvidence: 'CONTROLLED_STUDY',
      });
      expect(graph.edges.length).toBeGreaterThan(0);
      expect(
        graph.edges.every(
          (edge) => ['INCREASES', 'DECREASES'].includes(edge.predicate) && edge.level === 'CONTROLLED_STUDY',
        ),
      ).toBe(true);
    });

    it.each([
      [{ depth: 4 }, 'depth'],
      [{ limit: 501 }, 'limit'],
      [{ limit: 0 }, 'limit'],
    ])('rejects %j with BAD_USER_INPUT', async (variables, argument) => {
      const response = await service.gql(neighborhoodQuery, { id: 'massage-therapy', ...variables });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0]!.extensions!.argument).toBe(argument);
    });
  });

  describe('paths', () => {
    const pathsQuery = `query($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
      paths(from: $from, to: $to, maxLength: $maxLength, first: $first) { length nodes { id } edges { id source target predicate } }
    }`;

    it('finds the path from carpal tunnel syndrome to the Graston technique', async () => {
      const response = await service.gql(pathsQuery, { from: 'carpal-tunnel-syndrome', to: 'graston-technique' });
      expect(response.body.errors).toBeUndefined();
      const paths = response.body.data!.paths as any[];
      expect(paths.length).toBeGreaterThan(0);
      expect(paths[0]).toMatchObject({
        length: 2,
        nodes: [{ id: 'carpal-tunnel-syndrome' }, { id: 'active-release-technique' }, { id: 'graston-technique' }],
        edges: [
          { source: 'active-release-technique', target: 'carpal-tunnel-syndrome', predicate: 'TREATS' },
          { predicate: 'SIMILAR_TO' },
        ],
      });
      const lengths = paths.map((path) => path.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of paths) expect(path.edges).toHaveLength(path.nodes.length - 1);
    });

    it('returns one path of length 0 for the same id twice', async () => {
      const response = await service.gql(pathsQuery, { from: 'acupuncture', to: 'acupuncture' });
      expect(response.body.data!.paths).toEqual([{ length: 0, nodes: [{ id: 'acupuncture' }], edges: [] }]);
    });

    it('returns an empty list when no path exists within maxLength', async () => {
      const response = await service.gql(pathsQuery, { from: 'acupuncture', to: 'cancer', maxLength: 1 });
      expect(response.body.data!.paths).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT past the caps', async () => {
      expect(errorCodes(await service.gql(pathsQuery, { from: 'acupuncture', to: 'no-such-entity' }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(
        errorCodes(await service.gql(pathsQuery, { from: 'acupuncture', to: 'dry-needling', maxLength: 7 })),
      ).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await service.gql(pathsQuery, { from: 'acupuncture', to: 'dry-needling', first: 11 }))).toEqual(
        ['BAD_USER_INPUT'],
      );
    });
  });

  describe('a retracted claim', () => {
    const prefix = 'test-explore-retracted-';
    // An entity joined to the graph only by a retracted claim: exploration must not reach it.
    beforeAll(() =>
      loadTestGraph(service.runtime.db, {
        entities: [{ id: `${prefix}technique`, kind: 'TECHNIQUE', name: 'Withdrawn technique' }],
        claims: [
          {
            subject: `${prefix}technique`,
            predicate: 'SIMILAR_TO',
            object: 'acupuncture',
            statement: 'A test claim a curator withdrew.',
            evidence: { level: 'NOT_GRADED' },
            status: 'RETRACTED',
            statusNote: 'Withdrawn in a test.',
            citations: [{ source: 'crane-2012-massage-inflammation', locator: '"Abstract"' }],
          },
        ],
      }),
    );
    afterAll(() => removePrefixed(service.runtime.db, prefix));

    it('is missing from related, neighborhood and paths by default, and there when asked for', async () => {
      const id = `${prefix}technique`;
      const response = await service.gql(`{
        related(id: "acupuncture", first: 100) { entity { id } }
        hidden: neighborhood(id: "acupuncture", depth: 1, limit: 500) { nodes { id } }
        shown: neighborhood(id: "acupuncture", depth: 1, limit: 500, includeRetracted: true) { nodes { id } }
        noPath: paths(from: "${id}", to: "dry-needling") { length }
        path: paths(from: "${id}", to: "dry-needling", includeRetracted: true) { length }
      }`);
      expect(response.body.errors).toBeUndefined();
      const data = response.body.data!;
      expect((data.related as any[]).map((r) => r.entity.id)).not.toContain(id);
      expect((data.hidden.nodes as any[]).map((n) => n.id)).not.toContain(id);
      expect((data.shown.nodes as any[]).map((n) => n.id)).toContain(id);
      expect(data.noPath).toEqual([]);
      expect(data.path[0].length).toBe(2);
    });
  });
});
