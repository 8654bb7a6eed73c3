import {
  relationsByIdStatement,
  relationsOfPageStatement,
  relationStatementFamilies,
} from '../../src/repositories/relations';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

jest.setTimeout(120_000);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], most: number): T[] => items.filter(() => next() < most / items.length);
  return { next, pick, some };
}

const techniqueFields = [
  'targets',
  'improves',
  'increases',
  'decreases',
  'cautions',
  'broader',
  'narrower',
  'similarTo',
  'uses',
  'practicedBy',
  'studiedIn',
];
const conditionFields = [
  'affects',
  'causes',
  'consequences',
  'broader',
  'narrower',
  'cautions',
  'increasedBy',
  'decreasedBy',
  'specialists',
  'studiedIn',
];
const claimFields = [
  'id',
  'statement',
  'status',
  'evidence { level certainty study { id } }',
  'citations { locator }',
  'citations { source { name } }',
  'object { id name }',
  'subject { id }',
  'qualifiers',
  'version',
];
const levels = ['ANECDOTAL', 'EXPERT_OPINION', 'CONTROLLED_STUDY'];

/** One random selection of relationship fields, arguments and claim fields below an entity. */
function selection(r: ReturnType<typeof random>, depth = 0): string {
  const args = (): string => {
    const parts = [];
    if (r.next() < 0.3) parts.push(`minEvidence: ${r.pick(levels)}`);
    if (r.next() < 0.2) parts.push('includeRetracted: true');
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  };
  const claims = () =>
    `claims(first: ${1 + Math.floor(r.next() * 5)}${r.next() < 0.3 ? ', role: SUBJECT' : ''}${r.next() < 0.3 ? ', predicates: [TREATS, TARGETS]' : ''}) { ${
      r.next() < 0.5 ? 'totalCount ' : ''
    }edges { node { ${r.some(claimFields, 3).join(' ') || 'id'}${depth < 1 && r.next() < 0.3 ? ` object { ${selection(r, depth + 1)} }` : ''} } } }`;
  const parts = ['id'];
  if (r.next() < 0.7) parts.push(claims());
  const technique = r.some(techniqueFields, 3).map((field) => `${field}${args()} { id name }`);
  if (r.next() < 0.5)
    technique.push(`treats${args()} { strongestEvidence claims { ${r.some(claimFields, 2).join(' ') || 'id'} } }`);
  const condition = r.some(conditionFields, 3).map((field) => `${field}${args()} { id }`);
  if (technique.length > 0) parts.push(`... on Technique { ${technique.join(' ')} }`);
  if (condition.length > 0) parts.push(`... on Condition { ${condition.join(' ')} }`);
  return parts.join(' ');
}

describe('bounded planning: a client cannot make Neo4j plan new statements at will', () => {
  let service: TestServer;
  beforeAll(async () => {
    service = await startTestServer();
  });
  afterAll(() => service.close());

  it('answers 200 queries of random relationship-field selections with a small fixed set of statement texts', async () => {
    const r = random(20261201);
    const texts = new Set<string>();
    const unsubscribe = service.runtime.db.onTransaction((event) => event.queries.forEach((query) => texts.add(query)));
    const ids = [
      'massage-therapy',
      'myofascial-release',
      'carpal-tunnel-syndrome',
      'stress',
      'fascia',
      'mcmaster-massage-study',
    ];
    try {
      for (let i = 0; i < 200; i += 1) {
        const query =
          r.next() < 0.6
            ? `{ entity(id: "${r.pick(ids)}") { ${selection(r)} } }`
            : `{ entities(first: ${1 + Math.floor(r.next() * 8)}${r.next() < 0.3 ? ', kind: TECHNIQUE' : ''}) { ${r.next() < 0.3 ? 'totalCount ' : ''}edges { node { ${selection(r)} } } } }`;
        const response = await service.gql(query);
        expect({ query, errors: response.body.errors }).toEqual({ query, errors: undefined });
      }
    } finally {
      unsubscribe();
    }
    // Relations by id and for a page (one text per set of relation families read, eight each),
    // then entities by id, the page count and whole claims by id: 19 texts at most, whatever
    // the selection and its arguments. Reported, and bounded well below one per query.
    const relationTexts = new Set(
      relationStatementFamilies.flatMap((read) => [relationsByIdStatement(read), relationsOfPageStatement(read)]),
    );
    // A shape used often enough earns a specialised relation text (relationShapes.ts): at most
    // FASCIA_SPECIALISED_STATEMENTS of them (32 by default) per process, whatever clients send.
    const others = [...texts].filter((text) => !relationTexts.has(text));
    const specialised = others.filter((text) => /\$(claimLoads|treatmentLoads)\b/.test(text));
    console.log(
      `bounded planning: 200 random queries, ${texts.size} distinct statement texts (${others.length} outside the generic relation statements, ${specialised.length} of them specialised)`,
    );
    expect(others.length - specialised.length).toBeLessThanOrEqual(3);
    expect(specialised.length).toBeLessThanOrEqual(service.runtime.db.options.specialisedStatements!);
    expect(service.runtime.db.options.specialisedStatements).toBe(32);
  });
});
