import { listClaims } from '../../src/repositories/claims';
import { shortestPaths } from '../../src/repositories/paths';
import { fullClaimSelection, toStoredClaim, type ClaimSelection } from '../../src/repositories/projections';
import {
  relationParams,
  relationsByIdStatement,
  relationsOf,
  relationsOfPage,
  relationsOfPageStatement,
  relationStatementFamilies,
  type GuardedLoad,
} from '../../src/repositories/relations';
import { recordingDb } from '../helpers/recordingDb';

const noFields: ClaimSelection = {
  props: [],
  subject: null,
  object: null,
  study: false,
  citations: null,
  reports: false,
  reportedBy: false,
};
const claimsLoad = (first: number, via: 'SUBJECT' | 'OBJECT' | 'ANY' = 'ANY'): GuardedLoad => ({
  kinds: null,
  load: {
    relation: 'claims',
    via,
    predicates: null,
    maxRank: 7,
    excluded: ['RETRACTED'],
    first,
    after: null,
    withTotal: true,
    select: noFields,
  },
});
const targets: GuardedLoad = {
  kinds: ['TECHNIQUE'],
  load: { relation: 'neighbours', direction: 'OUT', predicates: ['TARGETS'], maxRank: 7, excluded: ['RETRACTED'] },
};

describe('relationship reads: one fixed statement whatever the fields', () => {
  it('sends one text per set of relation families read, whatever the fields, the fields as parameters', async () => {
    const { db, calls } = recordingDb();
    await relationsOf(db, ['a'], [claimsLoad(5)]);
    await relationsOf(db, ['a', 'b'], [claimsLoad(2, 'SUBJECT'), targets]);
    await relationsOf(db, ['b'], [targets, claimsLoad(9, 'OBJECT'), claimsLoad(1)]);
    await relationsOf(db, ['c'], []);
    expect(calls.map((call) => call.query)).toEqual([
      relationsByIdStatement(['claims']),
      relationsByIdStatement(['claims', 'neighbours']),
      relationsByIdStatement(['claims', 'neighbours']),
      relationsByIdStatement([]),
    ]);
    // A text carries only the subqueries it runs.
    expect(calls[0]!.query).not.toContain('$neighbourLoads');
    expect(calls[3]!.query).not.toContain('$claimLoads');
    expect(calls[1]!.params).toMatchObject({
      ids: ['a', 'b'],
      claimLoads: [{ key: 0, via: 'SUBJECT', kinds: null, withTotal: true }],
      neighbourLoads: [{ key: 1, direction: 'OUT', kinds: ['TECHNIQUE'], predicates: ['TARGETS'] }],
      treatmentLoads: [],
    });
  });

  it('asks for one item more than the page, to tell whether another follows', () => {
    const params = relationParams([claimsLoad(20)]);
    expect((params.claimLoads![0] as { limit: { toNumber(): number } }).limit.toNumber()).toBe(21);
  });

  it('splices no value into the text: every argument is a parameter; eight texts per statement at most', () => {
    const texts = relationStatementFamilies.flatMap((read) => [
      relationsByIdStatement(read),
      relationsOfPageStatement(read),
    ]);
    for (const text of texts) expect(text).not.toMatch(/TARGETS|massage|\b20\b/);
    expect(relationsOfPageStatement([])).toContain('$kind');
    expect(new Set(texts).size).toBe(16);
  });

  it('decodes each load by its key, empty where nothing matched, absent where a kinds guard skipped it', async () => {
    const entity = ['a', 'CONDITION', 'A'];
    const { db } = recordingDb(() => [
      {
        id: 'a',
        entity,
        claimPages: [{ key: 0, value: { page: [['c-1', 2, [], null, null, null, null, null, null]], total: 4 } }],
        neighbours: [],
        treatments: [],
      },
    ]);
    const [row] = await relationsOf(db, ['a'], [claimsLoad(1), targets]);
    expect(row!.values[0]).toEqual({
      items: [{ id: 'c-1', levelRank: 2 }],
      total: 4,
      hasNextPage: false,
      hasPreviousPage: false,
    });
    expect(row!.values[1]).toBeUndefined();
    const [technique] = await relationsOf(
      recordingDb(() => [{ id: 'a', entity: ['a', 'TECHNIQUE', 'A'], claimPages: [], neighbours: [], treatments: [] }])
        .db,
      ['a'],
      [claimsLoad(1), targets],
    );
    expect(technique!.values).toEqual([{ items: [], total: 0, hasNextPage: false, hasPreviousPage: false }, []]);
  });

  it('orders a page by id whatever order the rows come in, and tells whether another page follows', async () => {
    const row = (id: string) => ({
      id,
      entity: [id, 'TISSUE', id],
      claimPages: [],
      neighbours: [],
      treatments: [],
    });
    const { db } = recordingDb(() => [row('c'), row('a'), row('b')]);
    const page = await relationsOfPage(db, { kind: null, first: 2, after: null }, []);
    expect(page.items.map((item) => item.entity.id)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
  });
});

describe('claim projection', () => {
  it('names the selected properties in order, gathers whole entities brought along and keeps summaries apart', () => {
    const select: ClaimSelection = {
      props: ['statement', 'status'],
      subject: 'summary',
      object: 'entity',
      study: true,
      citations: 'entity',
      reports: false,
      reportedBy: false,
    };
    // entityRow: id, kind, name, aliases, description, version, xrefs, closeXrefs, createdAt, updatedAt, details.
    const objectRow = ['stress', 'CONDITION', 'Stress', ['tension'], null, 2, ['MESH:D013315'], [], 't0', 't1', null];
    const sourceDetails = ['ARTICLE', 'SECONDARY', ['A. Writer'], null, 2024, null, null, null, 'https://x.test', null];
    const sourceRow = ['paper', 'SOURCE', 'Paper', [], null, 1, [], [], 't0', 't0', sourceDetails];
    const claim = toStoredClaim(
      [
        'c-1',
        7,
        ['Massage eases stress.', 'ASSERTED'],
        ['massage', 'TECHNIQUE', 'Massage'],
        objectRow,
        null,
        [
          [1, '"b"', 'DISPUTES', sourceRow],
          [0, '"a"', null, sourceRow],
        ],
        null,
        null,
      ],
      select,
    );
    const object = {
      id: 'stress',
      kind: 'CONDITION',
      name: 'Stress',
      aliases: ['tension'],
      description: null,
      version: 2,
      xrefs: ['MESH:D013315'],
      closeXrefs: [],
      createdAt: 't0',
      updatedAt: 't1',
    };
    expect(claim).toEqual({
      id: 'c-1',
      levelRank: 7,
      statement: 'Massage eases stress.',
      status: 'ASSERTED',
      subject: 'massage',
      object: 'stress',
      study: null,
      citations: [
        { source: 'paper', locator: '"a"' },
        { source: 'paper', locator: '"b"', role: 'DISPUTES' },
      ],
      embedded: [
        object,
        expect.objectContaining({ id: 'paper', sourceType: 'ARTICLE', year: 2024 }),
        expect.anything(),
      ],
      summaries: { massage: { id: 'massage', kind: 'TECHNIQUE', name: 'Massage', partial: true } },
    });
    expect(claim.embedded![1]).toMatchObject({ tier: 'SECONDARY', url: 'https://x.test', doi: null });
  });

  it('reads every field for the claim loader', () => {
    expect(fullClaimSelection.props).toEqual(
      expect.arrayContaining(['predicate', 'statement', 'level', 'status', 'statusNote']),
    );
  });
});

describe('claim lists and paths: a small fixed set of texts', () => {
  it('starts a claim list from the most selective condition, seven texts in all', async () => {
    const { db, calls } = recordingDb(() => [{ total: 0, page: [] }]);
    const options = { maxRank: 7, excluded: [], first: 5, after: null, withTotal: false, select: noFields };
    const none = { subject: null, object: null, source: null, predicate: null, status: null, kind: null };
    const filters = [
      { ...none, subject: 'a', object: 'b' },
      { ...none, object: 'b', predicate: 'TREATS' as const },
      { ...none, source: 'p' },
      { ...none, predicate: 'TREATS' as const, status: 'ASSERTED' as const },
      { ...none, status: 'ASSERTED' as const },
      { ...none },
      { ...none, subject: 'z', source: 'p' },
      { ...none, kind: 'EFFECT' as const, status: 'ASSERTED' as const },
    ];
    for (const filter of filters) await listClaims(db, filter, options);
    const texts = calls.map((call) => call.query);
    expect(new Set(texts).size).toBe(7);
    expect(texts[7]).toContain('(c:Claim {kind: $kind})');
    expect(texts[0]).toContain('(:Entity {id: $subject})<-[:SUBJECT]-(c:Claim)');
    expect(texts[3]).toContain('(c:Claim {predicate: $predicate})');
  });

  it('rounds a path count up to one of three, and asks for exactly `first`', async () => {
    const { db, calls } = recordingDb();
    for (const first of [1, 2, 3, 4, 10]) await shortestPaths(db, 'a', 'b', { maxLength: 4, first, excluded: [] });
    expect(calls.map((call) => /SHORTEST (\d+)/.exec(call.query)![1])).toEqual(['1', '3', '3', '10', '10']);
    expect(calls.map((call) => (call.params.first as { toNumber(): number }).toNumber())).toEqual([1, 2, 3, 4, 10]);
  });
});
