import { importInBatches } from '../../src/ingest/load';
import { validateGraph } from '../../src/ingest/validateGraph';
import { kindsOfEntities } from '../../src/repositories/bulk';
import { removeImportedNodes } from '../../src/repositories/imports';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

jest.setTimeout(300_000);

const prefix = 'test-hub-';
const hub = `${prefix}technique`;
const spokes = 10_000;

/** A technique that treats 10,000 conditions, linked to the seed through massage therapy. */
function hubGraph() {
  const conditions = Array.from({ length: spokes }, (_, i) => ({
    id: `${prefix}condition-${i}`,
    kind: 'CONDITION',
    name: `Hub condition ${i}`,
  }));
  const cite = [{ source: 'bodywork-forms-article', locator: '"Massage therapy" ¶1' }];
  return {
    entities: [{ id: hub, kind: 'TECHNIQUE', name: 'Hub technique' }, ...conditions],
    claims: [
      {
        subject: hub,
        predicate: 'SUBTYPE_OF',
        object: 'massage-therapy',
        statement: 'The hub is a kind of massage.',
        evidence: { level: 'NOT_GRADED' },
        citations: cite,
      },
      ...conditions.map((condition, i) => ({
        subject: hub,
        predicate: 'TREATS',
        object: condition.id,
        statement: `The hub treats condition ${i}.`,
        // A spread of evidence levels, so "strongest first" has something to choose between.
        evidence: { level: ['RANDOMIZED_TRIAL', 'CONTROLLED_STUDY', 'EXPERT_OPINION', 'ANECDOTAL'][i % 4] },
        citations: cite,
      })),
    ],
  };
}

describe('exploration around a hub with 10,000 claims', () => {
  let service: TestServer;
  let importId: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    service = await startTestServer();
    const db = service.runtime.db;
    const started = Date.now();
    const graph = await validateGraph([{ file: 'hub', content: hubGraph() }], (ids) => kindsOfEntities(db, ids));
    importId = (await importInBatches(db, graph, { actor: 'test', batchSize: 5_000 })).importId;
    timings.loadMs = Date.now() - started;
  });
  afterAll(async () => {
    await removeImportedNodes(service.runtime.db, importId);
    console.log(`hub timings (ms): ${JSON.stringify(timings)}`);
    await service.close();
  });

  /** Runs a query and reports the largest number of rows any single driver call returned. */
  async function measured(name: string, query: string) {
    let maxRows = 0;
    const unsubscribe = service.runtime.db.onTransaction((event) => (maxRows = Math.max(maxRows, event.rows)));
    const started = Date.now();
    const response = await service.gql(query);
    timings[name] = Date.now() - started;
    unsubscribe();
    expect(response.body.errors).toBeUndefined();
    return { data: response.body.data!, maxRows };
  }

  it('neighborhood returns at most limit elements, says it was truncated, and the driver saw at most limit + 1 rows', async () => {
    const limit = 100;
    const { data, maxRows } = await measured(
      'neighborhood',
      `{ neighborhood(id: "${hub}", depth: 2, limit: ${limit}) { truncated nodes { id } edges { id source target level } } }`,
    );
    const graph = data.neighborhood;
    expect(graph.truncated).toBe(true);
    expect(graph.nodes.length + graph.edges.length).toBeLessThanOrEqual(limit);
    expect(graph.nodes.length + graph.edges.length).toBeGreaterThanOrEqual(limit - 1);
    expect(maxRows).toBeLessThanOrEqual(limit + 1);
    // Strongest first: with a quarter of the spokes at RANDOMIZED_TRIAL, the kept ones are all of that level.
    expect(new Set(graph.edges.map((edge: any) => edge.level))).toEqual(new Set(['RANDOMIZED_TRIAL']));
  });

  it('related stays within its cap', async () => {
    const { data } = await measured(
      'related',
      `{ related(id: "${hub}", first: 10) { score entity { id } via { id } } }`,
    );
    expect(data.related.length).toBeLessThanOrEqual(10);
    expect(data.related.length).toBeGreaterThan(0);
  });

  it('related on a spoke stays within its cap', async () => {
    const { data } = await measured(
      'relatedSpoke',
      `{ related(id: "${prefix}condition-7", first: 10) { entity { id } via { id } } }`,
    );
    // The hub joins too much to explain anything, so the spoke's only related entity is the hub itself.
    expect(data.related).toEqual([{ entity: { id: hub }, via: [] }]);
  });

  it('a query that outlives the database time limit is cancelled there and answered with TIMEOUT', async () => {
    // A second server on the same database whose transactions may run for 300 ms only.
    const strict = await startTestServer({ FASCIA_DB_TIMEOUT_MS: '300' }, []);
    try {
      const started = Date.now();
      // Paths from one spoke to another, six claims deep, must search through the hub's 10,000 claims.
      const response = await strict.gql(
        `{ paths(from: "${prefix}condition-3", to: "lactate", maxLength: 6, first: 10) { length } }`,
      );
      expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['TIMEOUT']);
      expect(response.body.errors![0]!.message).toMatch(/time limit and was cancelled/);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await strict.close();
    }
  });

  it('paths through the hub stay within their cap', async () => {
    const { data } = await measured(
      'paths',
      `{ paths(from: "${prefix}condition-1", to: "carpal-tunnel-syndrome", maxLength: 6, first: 10) { length nodes { id } } }`,
    );
    expect(data.paths.length).toBeGreaterThan(0);
    expect(data.paths.length).toBeLessThanOrEqual(10);
    expect(data.paths[0].nodes[1].id).toBe(hub);
  });
});
