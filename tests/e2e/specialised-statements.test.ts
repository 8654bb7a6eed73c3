import { excludedStatuses } from '../../src/domain';
import { int } from '../../src/db/params';
import { fullClaimSelection, type ClaimSelection } from '../../src/repositories/projections';
import {
  readRelationRow,
  relationParams,
  relationsByIdStatement,
  relationsOfPageStatement,
  relationStatementFamilies,
  specialisedStatement,
  type ClaimVia,
  type GuardedLoad,
  type SpecialisableLoad,
} from '../../src/repositories/relations';
import { promoteAfter, promotedShapes } from '../../src/repositories/relationShapes';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

jest.setTimeout(180_000);

const selections: Record<string, ClaimSelection> = {
  full: fullClaimSelection,
  bare: { props: [], subject: null, object: null, study: false, citations: null, reports: false, reportedBy: false },
  summaries: {
    props: ['statement', 'level', 'certainty'],
    subject: 'id',
    object: 'summary',
    study: true,
    citations: 'summary',
    reports: false,
    reportedBy: true,
  },
};
const ways: ClaimVia[] = ['SUBJECT', 'OBJECT', 'ANY', 'CITES', 'FINDINGS'];
const filters = { maxRank: 8, excluded: excludedStatuses({}) };

/** Every shape the specialised statements are written for, over each selection. */
function corpus(): SpecialisableLoad[] {
  const loads: SpecialisableLoad[] = [];
  for (const select of Object.values(selections)) {
    for (const via of ways) {
      for (const withTotal of [true, false]) {
        loads.push({ relation: 'claims', via, predicates: null, ...filters, first: 3, after: null, withTotal, select });
      }
    }
    loads.push({
      relation: 'claims',
      via: 'ANY',
      predicates: ['TREATS', 'TARGETS'],
      maxRank: 4,
      excluded: excludedStatuses({ includeRetracted: true }),
      first: 2,
      after: { rank: 2, id: 'a' },
      withTotal: true,
      select,
    });
    for (const side of ['technique', 'condition'] as const) {
      for (const includeSubtypes of side === 'condition' ? [true, false] : [false]) {
        for (const ends of [true, false]) {
          loads.push({ relation: 'treatments', side, ...filters, includeSubtypes, first: 5, ends, select });
        }
      }
    }
  }
  return loads;
}

describe('specialised relation statements', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer({ FASCIA_SPECIALISED_STATEMENTS: '2' });
  });
  afterAll(() => service.close());

  it('answer exactly what the generic statements answer, for every shape, by id and for a page', async () => {
    const { db } = service.runtime;
    const ids = ((await db.read('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')) as Array<{ id: string }>).map(
      (row) => row.id,
    );
    expect(ids.length).toBeGreaterThan(50);
    const shapes = corpus();
    let compared = 0;
    for (const [index, load] of shapes.entries()) {
      // The kinds guard is a parameter of both texts: alternate it rather than double the plans.
      const loads: GuardedLoad[] = [{ load, kinds: index % 2 === 0 ? null : ['TECHNIQUE', 'CONDITION'] }];
      const params = relationParams(loads);
      const decode = (rows: Array<Record<string, unknown>>) =>
        rows.map((row) => readRelationRow(row, loads)).sort((a, b) => (a.askedId < b.askedId ? -1 : 1));
      const byId = { ids, summary: false, ...params };
      const generic = decode(await db.read(relationsByIdStatement([load.relation]), byId));
      expect(decode(await db.read(specialisedStatement('byId', load), byId))).toEqual(generic);
      if (load.select === selections.summaries) {
        const page = { summary: true, kind: null, after: '', limit: int(31), ...params };
        expect(decode(await db.read(specialisedStatement('page', load), page))).toEqual(
          decode(await db.read(relationsOfPageStatement([load.relation]), page)),
        );
      }
      // The comparison means something only where the seed graph gives the shape something to return.
      if (generic.some((row) => JSON.stringify(row.values[0] ?? null).includes('"id"'))) compared += 1;
    }
    expect(compared).toBeGreaterThan(shapes.length / 2);
  });

  it('a query shape used again and again earns one, planned in the background; at most the cap of them', async () => {
    const { db } = service.runtime;
    const generic = new Set(
      relationStatementFamilies.flatMap((read) => [relationsByIdStatement(read), relationsOfPageStatement(read)]),
    );
    const texts: string[] = [];
    const unsubscribe = db.onTransaction((event) => texts.push(...event.queries));
    const queries = [
      `{ entity(id: "massage-therapy") { ... on Technique { treats { claims { id statement evidence { level } object { name } } } } } }`,
      `{ entity(id: "carpal-tunnel-syndrome") { claims(first: 5) { edges { node { id predicate } } } } }`,
      `{ entities(first: 5) { edges { node { claims(first: 2, role: SUBJECT) { totalCount edges { node { id } } } } } } }`,
    ];
    const isRelationText = (text: string) => /\$(claimLoads|treatmentLoads|neighbourLoads)\b/.test(text);
    const specialisedTexts = () => new Set(texts.filter((text) => isRelationText(text) && !generic.has(text)));
    try {
      for (const [index, query] of queries.entries()) {
        const first = await service.gql(query);
        expect(first.body.errors).toBeUndefined();
        for (let i = 0; i < promoteAfter + 5; i += 1) {
          const again = await service.gql(query);
          expect(again.body).toEqual(first.body);
        }
        // The promoted shape's text runs once on nothing (that plans it), then serves the query.
        const expected = Math.min(index + 1, 2);
        const deadline = Date.now() + 20_000;
        while (promotedShapes(db) < expected && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
        const before = texts.length;
        expect((await service.gql(query)).body).toEqual(first.body);
        const used = texts.slice(before).filter(isRelationText);
        expect(used).toHaveLength(1);
        // The first two shapes run on their own texts; the third found the cap (2) reached.
        expect(generic.has(used[0]!)).toBe(index >= 2);
        expect(specialisedTexts().size).toBe(expected);
      }
    } finally {
      unsubscribe();
    }
    expect(promotedShapes(db)).toBe(2);
  });
});
