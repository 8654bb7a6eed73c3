import { buildASTSchema, isEnumType } from 'graphql';
import {
  certainties,
  claimIdFor,
  claimKey,
  claimStatuses,
  entityIdProblem,
  entityKinds,
  establishesLink,
  evidenceLevels,
  gradedLevels,
  evidenceRank,
  isSymmetric,
  maxRankFor,
  parseLocator,
  predicateMisfit,
  predicates,
} from '../../src/domain';
import { claimReferenceProblems, referencedIds } from '../../src/domain/claimRules';
import { luceneQuery, searchKey, searchTokens } from '../../src/domain/searchText';
import { sourceTiers, sourceTypes } from '../../src/domain/validation';
import { loadTypeDefs } from '../../src/schema';

const schema = buildASTSchema(loadTypeDefs());
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((value) => value.name);
};

describe('the domain vocabulary is the schema vocabulary', () => {
  it.each([
    ['EntityKind', entityKinds],
    ['Predicate', predicates],
    ['EvidenceLevel', evidenceLevels],
    ['Certainty', certainties],
    ['ClaimStatus', claimStatuses],
    ['SourceType', sourceTypes],
    ['SourceTier', sourceTiers],
  ])('%s', (name, values) => {
    expect(enumValues(name)).toEqual([...values]);
  });
});

describe('predicates and the kinds they join', () => {
  it.each([
    ['TREATS', 'TECHNIQUE', 'CONDITION'],
    ['INCREASES', 'SUBSTANCE', 'BIOMARKER'],
    ['SUBTYPE_OF', 'CONDITION', 'CONDITION'],
    ['SUBTYPE_OF', 'TECHNIQUE', 'TECHNIQUE'],
    ['REPORTED_IN', 'STUDY', 'SOURCE'],
    ['SPECIALIZES_IN', 'PRACTITIONER', 'TECHNIQUE'],
  ] as const)('%s fits %s → %s', (predicate, subject, object) => {
    expect(predicateMisfit(predicate, subject, object)).toBeNull();
  });

  it.each([
    ['TREATS', 'CONDITION', 'TECHNIQUE', 'TREATS joins TECHNIQUE → CONDITION, not CONDITION → TECHNIQUE'],
    [
      'SUBTYPE_OF',
      'TECHNIQUE',
      'CONDITION',
      'SUBTYPE_OF joins TECHNIQUE → TECHNIQUE; CONDITION → CONDITION, not TECHNIQUE → CONDITION',
    ],
  ] as const)('%s does not fit %s → %s', (predicate, subject, object, message) => {
    expect(predicateMisfit(predicate, subject, object)).toBe(message);
  });

  it('stores a symmetric claim once: both orders share one identity', () => {
    expect(isSymmetric('SIMILAR_TO')).toBe(true);
    expect(isSymmetric('TREATS')).toBe(false);
    const one = claimKey({ subject: 'b-technique', predicate: 'SIMILAR_TO', object: 'a-technique', source: 's' });
    const other = claimKey({ subject: 'a-technique', predicate: 'SIMILAR_TO', object: 'b-technique', source: 's' });
    expect(one).toBe(other);
    expect(claimKey({ subject: 'b', predicate: 'TREATS', object: 'a', source: 's' })).toBe('b|TREATS|a|s');
  });

  it('derives a stable claim id from the identity', () => {
    expect(claimIdFor('a|TREATS|b|s')).toMatch(/^c-[0-9a-f]{16}$/);
    expect(claimIdFor('a|TREATS|b|s')).toBe(claimIdFor('a|TREATS|b|s'));
    expect(claimIdFor('a|TREATS|b|s')).not.toBe(claimIdFor('a|TREATS|b|t'));
  });
});

describe('evidence', () => {
  it('ranks levels strongest first, and minEvidence keeps what is at least as strong', () => {
    expect(evidenceRank('SYSTEMATIC_REVIEW')).toBe(0);
    expect(evidenceRank('ANECDOTAL')).toBe(gradedLevels.length - 1);
    expect(evidenceRank('NOT_GRADED')).toBe(evidenceLevels.length - 1);
    expect(maxRankFor('RANDOMIZED_TRIAL')).toBe(1);
    expect(maxRankFor(null)).toBe(evidenceLevels.length - 1);
    expect(maxRankFor('NOT_GRADED')).toBe(evidenceRank('ANECDOTAL'));
  });

  it.each([
    ['ASSERTED', true],
    ['SUPPORTED', true],
    ['CONTESTED', true],
    ['UNSUPPORTED', false],
    ['RETRACTED', false],
  ] as const)('a %s claim establishes a link: %s', (status, expected) => {
    expect(establishesLink(status)).toBe(expected);
  });
});

describe('entity ids', () => {
  it.each(['myofascial-release', 'pgc-1alpha', 'a', 'x'.repeat(80)])('accepts %s', (id) => {
    expect(entityIdProblem(id)).toBeNull();
  });

  it.each([
    ['', 'must not be empty'],
    ['x'.repeat(81), 'must be at most 80 characters'],
    ['Myofascial', 'must be a lower-case slug'],
    ['double--hyphen', 'must be a lower-case slug'],
    ['-leading', 'must be a lower-case slug'],
    ['under_score', 'must be a lower-case slug'],
  ])('refuses %j', (id, problem) => {
    expect(entityIdProblem(id)).toContain(problem);
  });
});

describe('locators', () => {
  it.each([
    ['"Myofascial release" ¶2', { section: 'Myofascial release', paragraph: 2 }],
    ['"Abstract"', { section: 'Abstract', paragraph: undefined }],
    ['"whole"', { section: 'whole', paragraph: undefined }],
  ])('parses %s', (text, locator) => {
    expect(parseLocator(text)).toEqual(locator);
  });

  it.each(['Myofascial release ¶2', '"Intro" ¶0', '"Intro" ¶', '""', '"Intro" 2', '"a"b"'])('refuses %j', (text) => {
    expect(parseLocator(text)).toBeNull();
  });
});

describe('search text never reaches Lucene as syntax', () => {
  it.each([
    ['NF-kB (p65)', ['nf', 'kb', 'p65']],
    ['a:b~ AND *', ['a', 'b', 'and']],
    ['((((', []],
    ['PGC-1α', ['pgc', '1α']],
  ])('cuts %j into plain words', (text, tokens) => {
    expect(searchTokens(text)).toEqual(tokens);
  });

  it('keeps at most eight words of at most forty characters', () => {
    expect(searchTokens('w '.repeat(20))).toHaveLength(8);
    expect(searchTokens('x'.repeat(100))[0]).toHaveLength(40);
  });

  it('compares names and aliases by letters and digits only', () => {
    expect(searchKey('NF-kB')).toBe(searchKey('nfkb'));
    expect(searchKey('NF κB')).not.toBe(searchKey('nfkb'));
  });

  it('builds a query of fixed operators, typos forgiven only on longer words', () => {
    expect(luceneQuery([], null)).toBeNull();
    expect(luceneQuery(['mfr'], null)).toBe('(name:((mfr^4 mfr*^2)) aliasText:((mfr^4 mfr*^2)))');
    expect(luceneQuery(['massage'], ['TECHNIQUE'])).toBe(
      '+(name:((massage^4 massage*^2 massage~1)) aliasText:((massage^4 massage*^2 massage~1))) +kind:(technique)',
    );
    expect(luceneQuery(['myofascial'], null)).toContain('myofascial~2');
  });
});

describe('claim references', () => {
  const kinds = new Map<string, (typeof entityKinds)[number]>([
    ['massage', 'TECHNIQUE'],
    ['pain', 'CONDITION'],
    ['paper', 'SOURCE'],
    ['study', 'STUDY'],
  ]);
  const claim = {
    subject: 'massage',
    predicate: 'TREATS' as const,
    object: 'pain',
    study: 'study',
    citations: [{ source: 'paper' }],
  };

  it('accepts a claim whose references exist and fit', () => {
    expect(claimReferenceProblems(claim, (id) => kinds.get(id))).toEqual([]);
    expect(referencedIds(claim)).toEqual(['massage', 'pain', 'study', 'paper']);
  });

  it('names every broken reference by field', () => {
    const broken = {
      ...claim,
      object: 'massage',
      study: 'paper',
      citations: [{ source: 'study' }, { source: 'nowhere' }],
    };
    expect(claimReferenceProblems(broken, (id) => kinds.get(id))).toEqual([
      { field: 'object', message: 'a claim cannot join an entity to itself' },
      { field: 'predicate', message: 'TREATS joins TECHNIQUE → CONDITION, not TECHNIQUE → TECHNIQUE' },
      { field: 'evidence.study', message: '"paper" is a SOURCE, not a STUDY' },
      { field: 'citations[0].source', message: '"study" is a STUDY, not a SOURCE' },
      { field: 'citations[1].source', message: 'no entity "nowhere"' },
    ]);
  });
});
