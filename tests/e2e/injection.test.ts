import type { Database } from '../../src/db/database';
import { errorCodes, type GraphQLResponse } from '../helpers/graphql';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';
import { loadTestGraph, removePrefixed } from '../helpers/testGraph';
import { bearer } from '../helpers/tokens';

jest.setTimeout(300_000);

const prefix = 'test-inj-';

/** Cypher injection and full-text (Lucene) syntax, plus text that must survive byte for byte. */
const payloads = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '` DETACH DELETE n //',
  `x'}) WITH 1 AS x MATCH (n) SET n.pwned = true //`,
  '$id',
  `{id: 'massage-therapy'}`,
  'CALL db.labels() YIELD label RETURN label',
  '*:*',
  'name:* OR kind:*',
  'a~ b^2 "c',
  '((((',
  '\\',
  'AND OR NOT',
  '  spaced  ',
  'NF-kB (p65)',
  'éñ 汉字 🙂',
  'line one\nline two',
];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface SchemaInfo {
  types: Array<{
    name: string;
    kind: string;
    inputFields: InputValue[] | null;
    fields: Array<{ name: string; args: InputValue[] }> | null;
  }>;
}

const introspection = `{ __schema { types { name kind
  fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } }
  inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

function named(type: TypeRef): { name: string; list: boolean } {
  let list = false;
  let current: TypeRef | null = type;
  while (
    current &&
    current.kind !== 'SCALAR' &&
    current.kind !== 'ENUM' &&
    current.kind !== 'INPUT_OBJECT' &&
    current.kind !== 'OBJECT'
  ) {
    if (current.kind === 'LIST') list = true;
    current = current.ofType;
  }
  return { name: current!.name!, list };
}

/** Every path to a String or ID inside a root field's arguments, e.g. `input.citations[0].source`. */
function stringPaths(schema: SchemaInfo, args: InputValue[], base = ''): string[] {
  return args.flatMap((arg) => {
    const { name, list } = named(arg.type);
    const path = `${base}${base ? '.' : ''}${arg.name}${list ? '[0]' : ''}`;
    if (name === 'String' || name === 'ID') return [path];
    const input = schema.types.find((type) => type.name === name && type.kind === 'INPUT_OBJECT');
    return input ? stringPaths(schema, input.inputFields ?? [], path) : [];
  });
}

function setPath(target: Record<string, any>, path: string, value: string): void {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node: any = target;
  parts.slice(0, -1).forEach((part, index) => {
    const nextIsIndex = /^\d+$/.test(parts[index + 1]!);
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part];
  });
  node[parts.at(-1)!] = value;
}

/** True when `value` appears exactly, as a whole string, anywhere in `data`. */
function containsExactly(data: unknown, value: string): boolean {
  if (data === value) return true;
  if (Array.isArray(data)) return data.some((item) => containsExactly(item, value));
  if (data && typeof data === 'object') return Object.values(data).some((item) => containsExactly(item, value));
  return false;
}

/** Everything in the graph that the test's own entities and claims do not touch, as one string. */
async function untouchedGraph(db: Database): Promise<string> {
  const rows = await db.read(
    `MATCH (n) WHERE NOT n:ChangeEvent AND NOT n:Import
       AND NOT coalesce(n.id, '') STARTS WITH $prefix
       AND NOT EXISTS { (n)-[:SUBJECT|OBJECT]->(x:Entity) WHERE x.id STARTS WITH $prefix }
     WITH n ORDER BY coalesce(n.id, elementId(n))
     RETURN labels(n) AS labels, properties(n) AS props,
            [(n)-[r]->(m) WHERE NOT m:ChangeEvent | [type(r), coalesce(m.id, ''), properties(r)]] AS out`,
    { prefix },
  );
  return JSON.stringify(
    rows.map((row) => ({ ...row, out: (row.out as unknown[]).map((o) => JSON.stringify(o)).sort() })),
  );
}

const article = 'bodywork-forms-article';

describe('injection: every String and ID argument of every root field, found by introspection', () => {
  let service: TestServer;
  let schema: SchemaInfo;
  let curator: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    service = await startTestServer();
    curator = await bearer(['curator'], 'test-injection');
    admin = await bearer(['admin'], 'test-injection');
    schema = (await service.gql(introspection)).body.data!.__schema;
    await loadTestGraph(service.runtime.db, {
      entities: payloads.map((_, i) => ({
        id: `${prefix}technique-${i}`,
        kind: 'TECHNIQUE',
        name: `Injection target ${i}`,
      })),
      claims: [
        {
          subject: `${prefix}technique-0`,
          predicate: 'IMPROVES',
          object: 'mobility',
          statement: 'Target of updates.',
          evidence: { level: 'ANECDOTAL' },
          citations: [{ source: article, locator: '"whole"' }],
        },
      ],
    });
  });
  afterAll(async () => {
    await removePrefixed(service.runtime.db, prefix);
    await service.close();
  });

  const rootFields = (typeName: string) => schema.types.find((type) => type.name === typeName)!.fields!;

  function expectWellFormed(response: GraphQLResponse, what: string): void {
    expect({ what, status: response.status < 500 }).toEqual({ what, status: true });
    expect(response.body.data !== undefined || Array.isArray(response.body.errors)).toBe(true);
    for (const error of response.body.errors ?? []) expect(typeof error.message).toBe('string');
  }

  it('queries change nothing and never fail with a 5xx', async () => {
    /** A valid call of each query field; the payload then replaces one String or ID in it. */
    const queries: Record<string, { selection: string; args: Record<string, unknown> }> = {
      entity: { selection: '{ id }', args: { id: 'massage-therapy' } },
      entities: { selection: '{ totalCount }', args: {} },
      entityByXref: { selection: '{ id }', args: { curie: 'MESH:D002349' } },
      claims: { selection: '{ totalCount }', args: { filter: {} } },
      claim: { selection: '{ id }', args: { id: 'c-0' } },
      search: { selection: '{ score }', args: { text: 'massage' } },
      related: { selection: '{ score }', args: { id: 'massage-therapy' } },
      neighborhood: { selection: '{ truncated }', args: { id: 'massage-therapy' } },
      paths: { selection: '{ length }', args: { from: 'massage-therapy', to: 'acupuncture' } },
    };
    const before = await untouchedGraph(service.runtime.db);
    const db = service.runtime.db;
    const allBefore = await db.read('MATCH (n) RETURN count(n) AS n');
    let calls = 0;
    for (const field of rootFields('Query')) {
      const paths = stringPaths(schema, field.args);
      if (paths.length === 0) continue;
      const base = queries[field.name];
      expect({ field: field.name, covered: base !== undefined }).toEqual({ field: field.name, covered: true });
      const declarations = field.args.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
      const query = `query(${declarations}) { ${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) ${base!.selection} }`;
      for (const path of paths) {
        for (const payload of payloads) {
          const variables = structuredClone(base!.args) as Record<string, any>;
          setPath(variables, path, payload);
          const response = await service.gql(query, variables);
          expectWellFormed(response, `${field.name} ${path} ${JSON.stringify(payload)}`);
          calls += 1;
        }
      }
    }
    expect(calls).toBeGreaterThan(100);
    expect(await untouchedGraph(db)).toBe(before);
    expect(await db.read('MATCH (n) RETURN count(n) AS n')).toEqual(allBefore);
  });

  it('mutations store each payload byte for byte or refuse it with BAD_USER_INPUT, and change nothing else', async () => {
    const before = await untouchedGraph(service.runtime.db);
    const [target] = await service.runtime.db.read(
      'MATCH (c:Claim)-[:SUBJECT]->(:Entity {id: $id}) RETURN c.id AS id',
      { id: `${prefix}technique-0` },
    );
    const claimId = target!.id as string;
    const entitySelection = `{ id name aliases description xrefs { curie } history(first: 1) { note }
      ... on Source { authors journal citation pmid doi url publisher } ... on Study { design } }`;
    const claimSelection = `{ id statement qualifiers statusNote measure timepoint subject { id } object { id }
      evidence { study { id } } citations { source { id } locator } reports { id } history(first: 1) { note } }`;

    /** A valid call of each mutation for payload number i, and what to read back afterwards. */
    const mutations: Record<
      string,
      {
        args: (path: string, i: number) => Record<string, unknown>;
        selection: string;
        headers: () => Record<string, string>;
      }
    > = {
      upsertEntity: {
        selection: entitySelection,
        headers: () => curator,
        args: (path, i) => {
          const kind = path.startsWith('input.source')
            ? 'SOURCE'
            : path.startsWith('input.study')
              ? 'STUDY'
              : 'TECHNIQUE';
          return {
            input: {
              id: `${prefix}entity-${i}-${kind.toLowerCase()}`,
              kind,
              name: 'Injection entity',
              aliases: ['alias'],
              description: 'description',
              ...(kind === 'SOURCE' ? { source: { sourceType: 'ARTICLE', tier: 'SECONDARY' } } : {}),
              ...(kind === 'STUDY' ? { study: { participants: 3 } } : {}),
            },
          };
        },
      },
      assertClaim: {
        selection: claimSelection,
        headers: () => curator,
        args: (_path, i) => ({
          input: {
            subject: `${prefix}technique-${i}`,
            predicate: 'TREATS',
            object: 'chronic-pain',
            statement: 'statement',
            qualifiers: ['qualifier'],
            evidence: { level: 'ANECDOTAL', study: 'mcmaster-massage-study' },
            status: 'CONTESTED',
            statusNote: 'note',
            citations: [{ source: article, locator: '"whole"' }],
          },
        }),
      },
      updateClaim: {
        selection: claimSelection,
        headers: () => curator,
        // A different statement each time, so every call is a real change that records its note.
        args: (path, i) => ({
          id: claimId,
          patch: {
            statement: `patched ${path} ${i}`,
            qualifiers: ['q'],
            evidence: { level: 'ANECDOTAL', study: 'mcmaster-massage-study' },
            citations: [{ source: article, locator: '"whole"' }],
          },
          note: 'why',
        }),
      },
      setClaimStatus: {
        selection: claimSelection,
        headers: () => curator,
        args: () => ({ id: claimId, status: 'CONTESTED', note: 'why' }),
      },
      retractClaim: { selection: claimSelection, headers: () => curator, args: () => ({ id: claimId, reason: 'why' }) },
      mergeEntities: {
        selection: '{ id }',
        headers: () => admin,
        args: () => ({ keep: `${prefix}technique-1`, merge: `${prefix}technique-2` }),
      },
    };

    let stored = 0;
    let refused = 0;
    for (const field of rootFields('Mutation')) {
      const spec = mutations[field.name];
      expect({ field: field.name, covered: spec !== undefined }).toEqual({ field: field.name, covered: true });
      const declarations = field.args.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
      const mutation = `mutation(${declarations}) { ${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) ${spec!.selection} }`;
      for (const path of stringPaths(schema, field.args)) {
        for (const [i, payload] of payloads.entries()) {
          const variables = spec!.args(path, i) as Record<string, any>;
          setPath(variables, path, payload);
          const response = await service.gql(mutation, variables, spec!.headers());
          const what = `${field.name} ${path} ${JSON.stringify(payload)}`;
          expectWellFormed(response, what);
          if (response.body.errors) {
            expect({ what, codes: errorCodes(response) }).toEqual({ what, codes: ['BAD_USER_INPUT'] });
            refused += 1;
          } else {
            expect({ what, storedExactly: containsExactly(response.body.data, payload) }).toEqual({
              what,
              storedExactly: true,
            });
            stored += 1;
          }
        }
      }
    }
    expect(stored).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
    expect(await untouchedGraph(service.runtime.db)).toBe(before);
    const [pwned] = await service.runtime.db.read('MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n');
    expect(pwned!.n).toBe(0);
  });
});

function typeText(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeText(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeText(type.ofType!)}]`;
  return type.name!;
}
