import { graphCounts } from '../helpers/db';
import { errorCodes } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { removePrefixed } from '../helpers/testGraph';
import { bearer, expiredBearer, wronglySignedBearer } from '../helpers/tokens';

const prefix = 'test-curation-';
const article = 'bodywork-forms-article';
const paper = 'crane-2012-massage-inflammation';

const upsert = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name aliases description history { action actor changes { field before after } } } }`;
const assert = `mutation($input: ClaimInput!) { assertClaim(input: $input) { id status subject { id } object { id } citations { source { id } locator } } }`;

function claimInput(overrides: Record<string, unknown> = {}) {
  return {
    subject: `${prefix}technique`,
    predicate: 'TREATS',
    object: 'chronic-pain',
    statement: 'The test technique eases chronic pain.',
    evidence: { level: 'ANECDOTAL' },
    citations: [{ source: article, locator: '"Massage therapy" ¶1' }],
    ...overrides,
  };
}

describe('curation through GraphQL over HTTP', () => {
  let service: TestServer;
  let curator: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    service = await startTestServer();
    curator = await bearer(['curator'], 'test-curator');
    admin = await bearer(['admin'], 'test-admin');
    const created = await service.gql(
      upsert,
      { input: { id: `${prefix}technique`, kind: 'TECHNIQUE', name: 'Curation test technique' } },
      curator,
    );
    expect(created.body.errors).toBeUndefined();
  });
  afterAll(async () => {
    await removePrefixed(service.runtime.db, prefix);
    await service.close();
  });

  const counts = () => graphCounts(service.runtime.db);

  describe('authentication and roles', () => {
    const write = () => ({ input: { id: `${prefix}unauthorised`, kind: 'TISSUE', name: 'Should not exist' } });

    it.each([
      ['no token', async () => ({}), 'UNAUTHENTICATED'],
      ['a reader token', () => bearer(['reader']), 'FORBIDDEN'],
      ['a token with no roles', () => bearer([]), 'FORBIDDEN'],
      ['an expired token', expiredBearer, 'UNAUTHENTICATED'],
      ['a wrongly signed token', wronglySignedBearer, 'UNAUTHENTICATED'],
      ['a malformed header', async () => ({ authorization: 'Token abc' }), 'UNAUTHENTICATED'],
    ])('refuses a write with %s, and changes nothing', async (_name, headers, code) => {
      const before = await counts();
      const response = await service.gql(upsert, write(), await headers());
      expect(errorCodes(response)).toEqual([code]);
      expect(await counts()).toEqual(before);
    });

    it('lets a curator write but not merge', async () => {
      const before = await counts();
      const response = await service.gql(
        `mutation { mergeEntities(keep: "massage-therapy", merge: "sports-massage") { id } }`,
        {},
        curator,
      );
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(await counts()).toEqual(before);
    });

    it('lets anyone read without a token, and rejects reads with a bad token', async () => {
      expect((await service.gql('{ entity(id: "massage-therapy") { id } }')).body.data).toEqual({
        entity: { id: 'massage-therapy' },
      });
      const response = await service.gql('{ entity(id: "massage-therapy") { id } }', {}, await expiredBearer());
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
    it.each([
      ['a malformed id', upsert, { input: { id: 'Not A Slug', kind: 'TISSUE', name: 'x' } }, 'input.id'],
      ['an empty name', upsert, { input: { id: `${prefix}empty`, kind: 'TISSUE', name: '   ' } }, 'input.name'],
      [
        'a name over 200 characters',
        upsert,
        { input: { id: `${prefix}long`, kind: 'TISSUE', name: 'x'.repeat(201) } },
        'input.name',
      ],
      [
        'study details on a tissue',
        upsert,
        { input: { id: `${prefix}details`, kind: 'TISSUE', name: 'x', study: { participants: 3 } } },
        'input.study',
      ],
      [
        'a predicate that does not fit its kinds',
        assert,
        { input: claimInput({ predicate: 'TARGETS', evidence: { level: 'NOT_GRADED' } }) },
        'input.predicate',
      ],
      ['an unknown object', assert, { input: claimInput({ object: `${prefix}missing` }) }, 'input.object'],
      [
        'a claim joining an entity to itself',
        assert,
        { input: claimInput({ object: `${prefix}technique` }) },
        'input.object',
      ],
      [
        'a citation of something that is not a SOURCE',
        assert,
        { input: claimInput({ citations: [{ source: 'acupuncture', locator: '"whole"' }] }) },
        'input.citations[0].source',
      ],
      [
        'a malformed locator',
        assert,
        { input: claimInput({ citations: [{ source: article, locator: 'page 4' }] }) },
        'input.citations[0].locator',
      ],
      ['no citations', assert, { input: claimInput({ citations: [] }) }, 'input.citations'],
      [
        'an evidence study that is not a STUDY',
        assert,
        { input: claimInput({ evidence: { level: 'ANECDOTAL', study: paper } }) },
        'input.evidence.study',
      ],
      [
        'a statement over 1000 characters',
        assert,
        { input: claimInput({ statement: 'y'.repeat(1001) }) },
        'input.statement',
      ],
      ['OVERSTATED without a note', assert, { input: claimInput({ status: 'OVERSTATED' }) }, 'input.statusNote'],
    ])('refuses %s', async (_name, mutation, variables, field) => {
      const before = await counts();
      const response = await service.gql(mutation, variables, curator);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0]!.extensions!.argument).toBe(field);
      expect(response.body.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
      expect(await counts()).toEqual(before);
    });

    it('refuses an unknown enum value as a typed input error naming the field', async () => {
      const response = await service.gql(
        upsert,
        { input: { id: `${prefix}enum`, kind: 'GADGET', name: 'x' } },
        curator,
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0]!.message).toMatch(/input\.kind|"kind"/);
    });

    it('refuses to change the kind of an existing entity', async () => {
      const response = await service.gql(
        upsert,
        { input: { id: `${prefix}technique`, kind: 'CONDITION', name: 'x' } },
        curator,
      );
      expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.kind' });
    });

    it('writes none of a claim whose third citation names a missing source', async () => {
      const before = await counts();
      const response = await service.gql(
        assert,
        {
          input: claimInput({
            object: 'fibromyalgia',
            citations: [
              { source: article, locator: '"Myofascial release" ¶2' },
              { source: paper, locator: '"Abstract"' },
              { source: `${prefix}no-such-source`, locator: '"whole"' },
            ],
          }),
        },
        curator,
      );
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'input.citations[2].source',
      });
      expect(await counts()).toEqual(before);
      const rows = await service.runtime.db.read(
        `MATCH (c:Claim)-[:SUBJECT]->(:Entity {id: $id}) RETURN count(c) AS n`,
        { id: `${prefix}technique` },
      );
      expect(rows[0]!.n).toBe(0);
    });
  });

  it('shows the seed load in history, with actor seed', async () => {
    const response = await service.gql(
      `{ entity(id: "massage-therapy") { history { actor action target changes { field after } } } }`,
    );
    const created = (response.body.data!.entity.history as any[]).at(-1);
    expect(created).toMatchObject({ actor: 'seed', action: 'create', target: 'massage-therapy' });
    expect(created.changes).toContainEqual({ field: 'name', after: '"Massage therapy"' });
  });

  describe('upsertEntity', () => {
    it('updates only what is given, records before and after, and skips no-op writes', async () => {
      const id = `${prefix}tissue`;
      await service.gql(
        upsert,
        { input: { id, kind: 'TISSUE', name: 'Test tissue', aliases: ['TT'], description: 'First.' } },
        curator,
      );
      const updated = await service.gql(
        upsert,
        { input: { id, kind: 'TISSUE', name: 'Test tissue', description: 'Second.' } },
        curator,
      );
      const entity = updated.body.data!.upsertEntity;
      expect(entity).toMatchObject({ aliases: ['TT'], description: 'Second.' });
      expect(entity.history[0]).toEqual({
        action: 'update',
        actor: 'test-curator',
        changes: [{ field: 'description', before: '"First."', after: '"Second."' }],
      });
      const again = await service.gql(upsert, { input: { id, kind: 'TISSUE', name: 'Test tissue' } }, curator);
      expect(again.body.data!.upsertEntity.history).toHaveLength(2);
      const found = await service.gql(`{ search(text: "TT", kinds: [TISSUE]) { entity { id } score } }`);
      expect(found.body.data!.search[0]).toEqual({ entity: { id }, score: 1 });
    });
  });

  describe('assertClaim', () => {
    it('gives 20 concurrent identical asserts one id and one claim', async () => {
      const input = claimInput({ object: 'stress', statement: 'Concurrent assert.' });
      const responses = await Promise.all(Array.from({ length: 20 }, () => service.gql(assert, { input }, curator)));
      for (const response of responses) expect(response.body.errors).toBeUndefined();
      const ids = new Set(responses.map((response) => response.body.data!.assertClaim.id));
      expect(ids.size).toBe(1);
      const rows = await service.runtime.db.read(
        `MATCH (c:Claim)-[:SUBJECT]->(:Entity {id: $subject}), (c)-[:OBJECT]->(:Entity {id: 'stress'}) RETURN count(c) AS n`,
        { subject: `${prefix}technique` },
      );
      expect(rows[0]!.n).toBe(1);
      const [claimId] = [...ids];
      const history = await service.gql(`{ claim(id: "${claimId}") { history { action } } }`);
      expect(history.body.data!.claim.history).toEqual([{ action: 'create' }]);
    });
  });

  describe('updateClaim, setClaimStatus, retractClaim', () => {
    let claimId: string;
    beforeAll(async () => {
      const response = await service.gql(
        assert,
        { input: claimInput({ object: 'muscle-pain', statement: 'To be regraded.' }) },
        curator,
      );
      claimId = response.body.data!.assertClaim.id;
    });

    it('regrades evidence, and the history shows the level before and after', async () => {
      const response = await service.gql(
        `mutation($id: ID!) { updateClaim(id: $id, patch: { evidence: { level: CONTROLLED_STUDY, certainty: LOW, study: "mcmaster-massage-study" } }, note: "Regraded against the McMaster study.") {
          evidence { level certainty study { id } } history { action note actor changes { field before after } } } }`,
        { id: claimId },
        curator,
      );
      expect(response.body.errors).toBeUndefined();
      const claim = response.body.data!.updateClaim;
      expect(claim.evidence).toEqual({
        level: 'CONTROLLED_STUDY',
        certainty: 'LOW',
        study: { id: 'mcmaster-massage-study' },
      });
      expect(claim.history[0]).toMatchObject({
        action: 'update',
        note: 'Regraded against the McMaster study.',
        actor: 'test-curator',
      });
      expect(claim.history[0].changes).toEqual(
        expect.arrayContaining([
          { field: 'level', before: '"ANECDOTAL"', after: '"CONTROLLED_STUDY"' },
          { field: 'certainty', before: null, after: '"LOW"' },
          { field: 'study', before: null, after: '"mcmaster-massage-study"' },
        ]),
      );
    });

    it('refuses a patch whose new first citation would duplicate another claim', async () => {
      const other = await service.gql(
        assert,
        {
          input: claimInput({
            object: 'muscle-pain',
            statement: 'Same ends, other source.',
            citations: [{ source: paper, locator: '"Abstract"' }],
          }),
        },
        curator,
      );
      expect(other.body.errors).toBeUndefined();
      const before = await counts();
      const response = await service.gql(
        `mutation($id: ID!) { updateClaim(id: $id, patch: { citations: [{ source: "${paper}", locator: "\\"Abstract\\"" }] }, note: "Moving source.") { id } }`,
        { id: claimId },
        curator,
      );
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'patch.citations[0].source',
      });
      expect(await counts()).toEqual(before);
    });

    it('sets a status with its note', async () => {
      const response = await service.gql(
        `mutation($id: ID!) { setClaimStatus(id: $id, status: CONTESTED, note: "A later trial found no effect.") { status statusNote } }`,
        { id: claimId },
        curator,
      );
      expect(response.body.data!.setClaimStatus).toEqual({
        status: 'CONTESTED',
        statusNote: 'A later trial found no effect.',
      });
    });

    it('retracts a claim and keeps it, with its reason and its history', async () => {
      const retracted = await service.gql(
        `mutation($id: ID!) { retractClaim(id: $id, reason: "Misread the source.") { id } }`,
        { id: claimId },
        curator,
      );
      expect(retracted.body.errors).toBeUndefined();
      const response = await service.gql(
        `{ claim(id: "${claimId}") { status statusNote history { action note changes { field before after } } } }`,
      );
      const claim = response.body.data!.claim;
      expect(claim.status).toBe('RETRACTED');
      expect(claim.statusNote).toBe('Misread the source.');
      expect(claim.history.map((event: any) => event.action)).toEqual(['retract', 'status', 'update', 'create']);
      expect(claim.history[0].changes).toContainEqual({ field: 'status', before: '"CONTESTED"', after: '"RETRACTED"' });
    });

    it('answers NOT_FOUND for an unknown claim id', async () => {
      const response = await service.gql(
        `mutation { retractClaim(id: "c-0000000000000000", reason: "x") { id } }`,
        {},
        curator,
      );
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    });
  });

  describe('mergeEntities', () => {
    const keep = `${prefix}keep`;
    const merge = `${prefix}merge`;

    beforeAll(async () => {
      for (const [id, name, aliases] of [
        [keep, 'Kept technique', ['KT']],
        [merge, 'Duplicate technique', ['DT']],
      ] as const) {
        const response = await service.gql(upsert, { input: { id, kind: 'TECHNIQUE', name, aliases } }, curator);
        expect(response.body.errors).toBeUndefined();
      }
      const claims = [
        claimInput({ subject: keep, object: 'whiplash', statement: 'Keep treats whiplash.' }),
        claimInput({
          subject: merge,
          object: 'whiplash',
          statement: 'Duplicate treats whiplash too.',
          citations: [
            { source: article, locator: '"Massage therapy" ¶1' },
            { source: paper, locator: '"Abstract"' },
          ],
        }),
        claimInput({ subject: merge, object: 'arthritis', statement: 'Duplicate treats arthritis.' }),
        claimInput({
          subject: merge,
          predicate: 'SIMILAR_TO',
          object: keep,
          statement: 'The two are alike.',
          evidence: { level: 'NOT_GRADED' },
        }),
      ];
      for (const input of claims) {
        const response = await service.gql(assert, { input }, curator);
        expect(response.body.errors).toBeUndefined();
      }
    });

    it('moves every claim to keep, retracts self-joins, folds duplicates, and keeps the merged id resolving', async () => {
      const response = await service.gql(
        `mutation { mergeEntities(keep: "${keep}", merge: "${merge}") { id aliases } }`,
        {},
        admin,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.mergeEntities).toEqual({ id: keep, aliases: ['KT', 'Duplicate technique', 'DT'] });

      const resolved = await service.gql(`{ entity(id: "${merge}") { id name } }`);
      expect(resolved.body.data!.entity).toEqual({ id: keep, name: 'Kept technique' });
      // The merged id also resolves when the root field reads the entity's claims along with it.
      const readAhead = await service.gql(
        `{ entity(id: "${merge}") { id claims(includeRetracted: true) { totalCount } } }`,
      );
      expect(readAhead.body.data!.entity).toEqual({ id: keep, claims: { totalCount: 4 } });

      const claims = await service.gql(`{ entity(id: "${keep}") { claims(includeRetracted: true) { edges { node {
        id statement status statusNote predicate subject { id } object { id } citations { source { id } } } } } } }`);
      const nodes = (claims.body.data!.entity.claims.edges as any[]).map((edge) => edge.node);
      expect(nodes).toHaveLength(4);
      for (const claim of nodes) expect([claim.subject.id, claim.object.id]).toContain(keep);
      const remaining = await service.runtime.db.read(
        `MATCH (c:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: $merge}) RETURN count(c) AS n`,
        { merge },
      );
      expect(remaining[0]!.n).toBe(0);

      const selfJoin = nodes.find((claim) => claim.predicate === 'SIMILAR_TO');
      expect(selfJoin).toMatchObject({ status: 'RETRACTED', subject: { id: keep }, object: { id: keep } });
      expect(selfJoin.statusNote).toMatch(/to itself/);

      const whiplash = nodes.filter((claim) => claim.object.id === 'whiplash');
      const survivor = whiplash.find((claim) => claim.status !== 'RETRACTED');
      const folded = whiplash.find((claim) => claim.status === 'RETRACTED');
      expect(survivor.statement).toBe('Keep treats whiplash.');
      expect(survivor.citations.map((c: any) => c.source.id)).toEqual([article, paper]);
      expect(folded.statusNote).toContain(survivor.id);

      const arthritis = nodes.find((claim) => claim.object.id === 'arthritis');
      expect(arthritis.status).toBe('ASSERTED');
    });

    it('refuses to merge entities of different kinds', async () => {
      const before = await counts();
      const response = await service.gql(
        `mutation { mergeEntities(keep: "${keep}", merge: "whiplash") { id } }`,
        {},
        admin,
      );
      expect(response.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'merge' });
      expect(await counts()).toEqual(before);
    });
  });
});
