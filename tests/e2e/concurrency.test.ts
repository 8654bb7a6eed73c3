import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { errorCodes, type GraphQLResponse } from '../helpers/graphql';
import { expectInvariants, removePrefixed } from '../helpers/testGraph';
import { bearer } from '../helpers/tokens';

jest.setTimeout(180_000);

const prefix = 'test-conc-';
const article = 'bodywork-forms-article';

const upsert = `mutation($input: EntityInput!, $v: Int) { upsertEntity(input: $input, expectedVersion: $v) { id version } }`;
const assert = `mutation($input: ClaimInput!) { assertClaim(input: $input) { id version subject { id } object { id } } }`;
const update = `mutation($id: ID!, $patch: ClaimPatch!, $note: String!, $v: Int) {
  updateClaim(id: $id, patch: $patch, note: $note, expectedVersion: $v) { id version statement qualifiers } }`;
const setStatus = `mutation($id: ID!, $status: ClaimStatus!, $note: String!, $v: Int) {
  setClaimStatus(id: $id, status: $status, note: $note, expectedVersion: $v) { id version status } }`;
const merge = `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }`;
const historyOf = (type: 'claim' | 'entity', id: string) =>
  `{ ${type}(id: "${id}") { version history(first: 100) { version action note actor changes { field before after } } } }`;

interface Event {
  version: number;
  action: string;
  note: string | null;
  changes: Array<{ field: string; before: string | null; after: string | null }>;
}

/**
 * Checks a history listing (newest first) is a chain: versions count up by one from the
 * creation, and each change's before is the value the previous events left. Returns the state
 * after each version.
 */
function expectChain(history: Event[], version: number): Array<Map<string, string | null>> {
  const oldestFirst = [...history].reverse();
  expect(oldestFirst.map((event) => event.version)).toEqual(oldestFirst.map((_, index) => index + 1));
  expect(oldestFirst.at(-1)!.version).toBe(version);
  const state = new Map<string, string | null>();
  const states: Array<Map<string, string | null>> = [new Map()];
  for (const event of oldestFirst) {
    for (const change of event.changes) {
      expect({ version: event.version, field: change.field, before: change.before }).toEqual({
        version: event.version,
        field: change.field,
        before: state.get(change.field) ?? null,
      });
      state.set(change.field, change.after);
    }
    states.push(new Map(state));
  }
  return states;
}

const ok = (response: GraphQLResponse) => {
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
};

describe('concurrent curation: no acknowledged write is lost', () => {
  let service: TestServer;
  let curator: Record<string, string>;
  let admin: Record<string, string>;
  const entity = (id: string, kind = 'TECHNIQUE') => ({ id: `${prefix}${id}`, kind, name: `Concurrency ${id}` });

  beforeAll(async () => {
    service = await startTestServer();
    curator = await bearer(['curator'], 'test-concurrency');
    admin = await bearer(['admin'], 'test-concurrency-admin');
  });
  afterAll(async () => {
    await removePrefixed(service.runtime.db, prefix);
    await service.close();
  });
  afterEach(() => expectInvariants(service.runtime.db));

  async function newClaim(subject: string): Promise<string> {
    ok(await service.gql(upsert, { input: entity(subject) }, curator));
    const input = {
      subject: `${prefix}${subject}`,
      predicate: 'TREATS',
      object: 'chronic-pain',
      statement: 'Start.',
      evidence: { level: 'ANECDOTAL' },
      citations: [{ source: article, locator: '"whole"' }],
    };
    return ok(await service.gql(assert, { input }, curator)).assertClaim.id as string;
  }

  it('applies 40 concurrent mixed updates of one claim one after the other, as one chain', async () => {
    const id = await newClaim('mixed');
    const writes = Array.from({ length: 40 }, (_, i) => {
      const note = `write ${i}`;
      if (i % 4 === 0)
        return {
          note,
          field: 'statement',
          value: `Statement ${i}.`,
          run: () => service.gql(update, { id, patch: { statement: `Statement ${i}.` }, note }, curator),
        };
      if (i % 4 === 1)
        return {
          note,
          field: 'qualifiers',
          value: [`group ${i}`],
          run: () => service.gql(update, { id, patch: { qualifiers: [`group ${i}`] }, note }, curator),
        };
      if (i % 4 === 2)
        return {
          note,
          field: 'status',
          value: i % 8 === 2 ? 'SUPPORTED' : 'ASSERTED',
          run: () => service.gql(setStatus, { id, status: i % 8 === 2 ? 'SUPPORTED' : 'ASSERTED', note }, curator),
        };
      return {
        note,
        field: 'level',
        value: i % 8 === 3 ? 'EXPERT_OPINION' : 'ANECDOTAL',
        run: () =>
          service.gql(
            update,
            { id, patch: { evidence: { level: i % 8 === 3 ? 'EXPERT_OPINION' : 'ANECDOTAL' } }, note },
            curator,
          ),
      };
    });
    const responses = await Promise.all(writes.map((write) => write.run()));
    responses.forEach(ok);

    const { claim } = ok(await service.gql(historyOf('claim', id)));
    const states = expectChain(claim.history, claim.version);
    const state = states.at(-1)!;
    // Each acknowledged write is an event of the chain, and right after it the field holds what
    // the write asked for (a write that changed nothing, because the same value was already
    // there, is no event: nothing of it was lost).
    const byNote = new Map<string, Event>(claim.history.map((event: Event) => [event.note, event]));
    for (const write of writes) {
      const event = byNote.get(write.note);
      if (event) expect(JSON.parse(states[event.version]!.get(write.field)!)).toEqual(write.value);
      else
        expect(
          writes.some(
            (other) =>
              other !== write &&
              other.field === write.field &&
              JSON.stringify(other.value) === JSON.stringify(write.value),
          ),
        ).toBe(true);
    }
    // The chain's last values are the stored claim.
    const stored = ok(
      await service.gql(`{ claim(id: "${id}") { version statement qualifiers status evidence { level } } }`),
    ).claim;
    expect(JSON.parse(state.get('statement')!)).toBe(stored.statement);
    expect(JSON.parse(state.get('qualifiers')!)).toEqual(stored.qualifiers);
    expect(JSON.parse(state.get('status')!)).toBe(stored.status);
    expect(JSON.parse(state.get('level')!)).toBe(stored.evidence.level);
    expect(stored.version).toBe(claim.version);
    // All ten statement updates were applied, each changing the statement once (none was lost).
    const statementWrites = claim.history.filter(
      (event: Event) => event.action === 'update' && event.changes.some((c) => c.field === 'statement'),
    );
    expect(statementWrites).toHaveLength(10);
  });

  it('applies 40 concurrent upserts of one entity as one chain, every one of them', async () => {
    ok(await service.gql(upsert, { input: entity('upserted') }, curator));
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        service.gql(upsert, { input: { ...entity('upserted'), description: `Description ${i}.` } }, curator),
      ),
    );
    responses.forEach(ok);
    const { entity: found } = ok(await service.gql(historyOf('entity', `${prefix}upserted`)));
    expectChain(found.history, found.version);
    expect(found.version).toBe(41);
    const descriptions = found.history.flatMap((event: Event) =>
      event.changes.filter((c) => c.field === 'description').map((c) => JSON.parse(c.after!)),
    );
    expect(new Set(descriptions)).toEqual(new Set(Array.from({ length: 40 }, (_, i) => `Description ${i}.`)));
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const id = await newClaim('optimistic');
    const first = ok(await service.gql(update, { id, patch: { statement: 'First.' }, note: 'first', v: 1 }, curator));
    expect(first.updateClaim.version).toBe(2);
    const stale = await service.gql(update, { id, patch: { statement: 'Stale.' }, note: 'stale', v: 1 }, curator);
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.body.errors![0]!.extensions).toMatchObject({
      argument: 'expectedVersion',
      expectedVersion: 1,
      version: 2,
    });
    expect(errorCodes(await service.gql(setStatus, { id, status: 'CONTESTED', note: 'x', v: 7 }, curator))).toEqual([
      'CONFLICT',
    ]);
    const entityConflict = await service.gql(
      upsert,
      { input: { ...entity('optimistic'), description: 'x' }, v: 5 },
      curator,
    );
    expect(errorCodes(entityConflict)).toEqual(['CONFLICT']);
    const now = ok(await service.gql(`{ claim(id: "${id}") { version statement status } }`)).claim;
    expect(now).toEqual({ version: 2, statement: 'First.', status: 'ASSERTED' });
  });

  it('serialises concurrent merges that form a cycle: none corrupts the graph', async () => {
    for (const name of ['c', 'd', 'e']) {
      await newClaim(`cycle-${name}`);
    }
    const [c, d, e] = ['c', 'd', 'e'].map((name) => `${prefix}cycle-${name}`);
    const results = await Promise.all([
      service.gql(merge, { keep: d, merge: c }, admin),
      service.gql(merge, { keep: e, merge: d }, admin),
      service.gql(merge, { keep: c, merge: e }, admin),
    ]);
    const codes = results.map((result) => errorCodes(result)[0] ?? 'OK');
    expect(codes.filter((code) => code === 'OK').length).toBeGreaterThanOrEqual(1);
    expect(codes.every((code) => code === 'OK' || code === 'BAD_USER_INPUT')).toBe(true);
    for (const id of [c, d, e]) {
      const read = await service.gql(`{
        entity(id: "${id}") { id claims(first: 20) { edges { node { id subject { id } object { id } } } } }
        claims(filter: { subject: "${id}" }) { totalCount edges { node { subject { id } } } }
        neighborhood(id: "${id}") { nodes { id } edges { id } }
      }`);
      ok(read);
    }
  });

  it('opposite merges at once: one wins, the other is refused cleanly', async () => {
    await newClaim('left');
    await newClaim('right');
    const [left, right] = [`${prefix}left`, `${prefix}right`];
    const results = await Promise.all([
      service.gql(merge, { keep: left, merge: right }, admin),
      service.gql(merge, { keep: right, merge: left }, admin),
    ]);
    expect(results.map((result) => errorCodes(result)[0] ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
  });

  it('a claim asserted on an entity being merged lands on the kept entity', async () => {
    ok(await service.gql(upsert, { input: entity('race-keep') }, curator));
    ok(await service.gql(upsert, { input: entity('race-merged') }, curator));
    const conditions = [
      'chronic-pain',
      'stress',
      'muscle-pain',
      'back-pain',
      'whiplash',
      'fibromyalgia',
      'arthritis',
      'swelling',
    ];
    const asserts = conditions.map((object, i) =>
      service.gql(
        assert,
        {
          input: {
            subject: `${prefix}race-merged`,
            predicate: 'TREATS',
            object,
            statement: `Race ${i}.`,
            evidence: { level: 'ANECDOTAL' },
            citations: [{ source: article, locator: '"whole"' }],
          },
        },
        curator,
      ),
    );
    const merged = service.gql(merge, { keep: `${prefix}race-keep`, merge: `${prefix}race-merged` }, admin);
    const answers = await Promise.all([...asserts, merged]);
    answers.forEach(ok);
    const claims = ok(
      await service.gql(
        `{ claims(filter: { subject: "${prefix}race-keep" }, first: 50) { edges { node { id subject { id } } } } }`,
      ),
    ).claims.edges;
    const acknowledged = answers
      .slice(0, conditions.length)
      .map((answer) => answer.body.data!.assertClaim.id as string);
    const landed = new Map<string, string>(claims.map((edge: any) => [edge.node.id, edge.node.subject.id]));
    for (const id of acknowledged) expect(landed.get(id)).toBe(`${prefix}race-keep`);
  });
});
