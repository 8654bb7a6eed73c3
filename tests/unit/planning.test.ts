import { buildASTSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { claimCursor, claimPosition, entityCursor, entityPosition, inRange, pageSize } from '../../src/planning/args';
import { claimSelection, selects } from '../../src/planning/lookahead';
import { planAhead } from '../../src/planning/planAhead';
import { entityFieldLoads } from '../../src/resolvers/entity';
import { loadTypeDefs } from '../../src/schema';

const schema = buildASTSchema(loadTypeDefs());

/** The resolve info Query.entity (or Query.claims) gets for this document, without running anything else. */
function infoFor(document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | undefined;
  const capture = (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    captured = info;
    return null;
  };
  execute({
    schema,
    document: parse(document),
    variableValues: variables,
    rootValue: { entity: capture, entities: capture, claims: capture },
  });
  if (!captured) throw new Error('no root field ran');
  return captured;
}

describe('lookahead: what a query reads below a field', () => {
  it('finds paths through fragments and type conditions', () => {
    const info = infoFor(
      `{ entity(id: "x") { ...F } } fragment F on Entity { claims { edges { node { object { id } } } } }`,
    );
    expect(selects(info, ['claims', 'edges', 'node', 'object'])).toBe(true);
    expect(selects(info, ['claims', 'totalCount'])).toBe(false);
  });

  it('projects only the claim fields selected; ends as summaries when only id, kind and name are read', () => {
    const info = infoFor(
      `{ claims { edges { node { statement evidence { level } object { name } citations { locator } } } } }`,
    );
    expect(claimSelection(info, ['edges', 'node'])).toEqual({
      props: ['statement', 'level', 'certainty'],
      subject: null,
      object: 'summary',
      study: false,
      citations: 'id',
      reports: false,
      reportedBy: false,
    });
  });

  it('brings cited sources along as summaries, or whole when other fields of theirs are read', () => {
    const summary = infoFor(
      `{ claims { edges { node { id citations { source { name } } evidence { study { id } } } } } }`,
    );
    expect(claimSelection(summary, ['edges', 'node'])).toMatchObject({
      props: ['level', 'certainty'],
      study: true,
      citations: 'summary',
    });
    const whole = infoFor(
      `{ claims { edges { node { citations { source { name ... on Source { year } } } subject { __typename description } } } } }`,
    );
    expect(claimSelection(whole, ['edges', 'node'])).toMatchObject({ citations: 'entity', subject: 'entity' });
  });
});

describe('planAhead: the relationship fields a root field reads in its own statement', () => {
  it('plans each relationship field once, with its arguments and selection', () => {
    const info = infoFor(`{ entity(id: "x") {
      claims(first: 5, predicates: [TREATS, IMPROVES]) { totalCount edges { node { id } } }
      ... on Technique { targets { id } treats(minEvidence: ANECDOTAL) { claims { statement } } }
    } }`);
    const planned = planAhead(info, [], entityFieldLoads);
    expect(planned).toEqual([
      {
        kinds: null,
        load: expect.objectContaining({
          relation: 'claims',
          via: 'ANY',
          first: 5,
          predicates: ['IMPROVES', 'TREATS'],
          withTotal: true,
        }),
      },
      {
        kinds: ['TECHNIQUE'],
        load: expect.objectContaining({ relation: 'neighbours', direction: 'OUT', predicates: ['TARGETS'] }),
      },
      {
        kinds: ['TECHNIQUE'],
        load: expect.objectContaining({
          relation: 'treatments',
          side: 'technique',
          maxRank: 7,
          ends: false,
          select: expect.objectContaining({ props: ['statement'] }),
        }),
      },
    ]);
  });

  it("brings a treatment link's ends whole only when the query reads them", () => {
    const load = (selection: string) =>
      planAhead(
        infoFor(`{ entity(id: "x") { ... on Technique { treats { ${selection} } } } }`),
        [],
        entityFieldLoads,
      )[0]!.load;
    expect(load('claims { id }')).toMatchObject({ relation: 'treatments', ends: false });
    expect(load('strongestEvidence')).toMatchObject({ ends: false });
    expect(load('condition { id }')).toMatchObject({ ends: true });
    expect(load('technique { name }')).toMatchObject({ ends: true });
  });

  it('merges the same read under two type conditions into one, guarded by both kinds', () => {
    const info = infoFor(
      `{ entity(id: "x") { ... on Technique { studiedIn { id } } ... on Condition { studiedIn { id } } } }`,
    );
    expect(planAhead(info, [], entityFieldLoads)).toEqual([
      {
        kinds: ['TECHNIQUE', 'CONDITION'],
        load: expect.objectContaining({ relation: 'neighbours', direction: 'IN', predicates: ['STUDIED'] }),
      },
    ]);
  });

  it('honours @skip and @include with the request variables', () => {
    const document = `query($on: Boolean!) { entity(id: "x") { claims @include(if: $on) { totalCount } ... on Technique { targets @skip(if: $on) { id } } } }`;
    expect(planAhead(infoFor(document, { on: true }), [], entityFieldLoads).map((p) => p.load.relation)).toEqual([
      'claims',
    ]);
    expect(planAhead(infoFor(document, { on: false }), [], entityFieldLoads).map((p) => p.load.relation)).toEqual([
      'neighbours',
    ]);
  });

  it('leaves a field with bad arguments to its own resolver', () => {
    const info = infoFor(
      `{ entity(id: "x") { ... on Technique { treats(first: 1000) { strongestEvidence } targets { id } } } }`,
    );
    expect(planAhead(info, [], entityFieldLoads).map((p) => p.load.relation)).toEqual(['neighbours']);
  });

  it('reads ahead below a connection for entities', () => {
    const info = infoFor(`{ entities(first: 3) { edges { node { claims(first: 2) { edges { node { id } } } } } } }`);
    expect(planAhead(info, ['edges', 'node'], entityFieldLoads)).toEqual([
      { kinds: null, load: expect.objectContaining({ relation: 'claims', first: 2, withTotal: false }) },
    ]);
  });

  it('plans nothing for plain fields', () => {
    expect(planAhead(infoFor(`{ entity(id: "x") { id name aliases } }`), [], entityFieldLoads)).toEqual([]);
  });
});

describe('arguments and cursors', () => {
  it.each([
    [undefined, 20],
    [null, 20],
    [0, 0],
    [100, 100],
  ])('page size %j → %i', (value, size) => {
    expect(pageSize(value, 'first', 20)).toBe(size);
  });

  it.each([-1, 101, 2.5])('refuses page size %j naming the argument', (value) => {
    expect(() => pageSize(value, 'first', 20)).toThrow(`first: must be between 0 and 100, got ${value}`);
  });

  it('checks ranges', () => {
    expect(inRange(undefined, 'depth', 1, 0, 3)).toBe(1);
    expect(() => inRange(4, 'depth', 1, 0, 3)).toThrow('depth: must be between 0 and 3, got 4');
  });

  it('round-trips cursors and keeps lists apart', () => {
    const claim = claimCursor({ levelRank: 3, id: 'c-1' });
    expect(claimPosition(claim)).toEqual({ rank: 3, id: 'c-1' });
    expect(entityPosition(entityCursor({ id: 'massage-therapy' }))).toBe('massage-therapy');
    expect(() => entityPosition(claim)).toThrow('after: malformed cursor');
    expect(() => claimPosition('not-base64-json')).toThrow('after: malformed cursor');
    expect(claimPosition(null)).toBeNull();
  });
});
