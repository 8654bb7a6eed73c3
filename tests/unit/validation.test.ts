import { z } from 'zod';
import { claimPatch, entityInput, parseArgument } from '../../src/curation/inputs';
import * as field from '../../src/domain/validation';

const problem = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues.map((issue) => `${field.pathText(issue.path)}: ${issue.message}`);
};

describe('text fields, as every writer checks them', () => {
  const name = field.text(10);

  it.each(['Massage', 'NF-κB', 'two\nlines', 'tab\there', '😀 emoji'])('accepts %j byte for byte', (value) => {
    expect(name.parse(value)).toBe(value);
  });

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['x'.repeat(11), 'must be at most 10 characters'],
    ['nul\u0000', 'must not contain control characters'],
    ['bell\u0007', 'must not contain control characters'],
    ['del\u007f', 'must not contain control characters'],
    ['lone \ud800', 'must not contain unpaired UTF-16 surrogates'],
    ['lone \udfff', 'must not contain unpaired UTF-16 surrogates'],
  ])('refuses %j: %s', (value, message) => {
    expect(problem(name, value)).toEqual([`: ${message}`]);
  });
});

describe('locators', () => {
  it.each(['"Massage therapy" ¶3', '"Abstract"', '"whole"'])('accepts %s', (value) => {
    expect(problem(field.locator, value)).toBeNull();
  });

  it.each(['Massage therapy ¶3', '" " ¶1', '"   "', '"tab\u0001" ¶1', '"x\ud800" ¶1', `"${'x'.repeat(300)}"`])(
    'refuses %j',
    (value) => {
      expect(problem(field.locator, value)).not.toBeNull();
    },
  );
});

describe('source details', () => {
  const source = (extra: Record<string, unknown>) => ({ type: 'PAPER', tier: 'PRIMARY', ...extra });

  it.each([
    { url: 'https://pubmed.ncbi.nlm.nih.gov/22301554/' },
    { pmid: '22301554' },
    { doi: '10.1126/scitranslmed.3002882' },
  ])('accepts %j', (extra) => {
    expect(problem(field.sourceDetails, source(extra))).toBeNull();
  });

  it.each([
    [{ url: 'javascript:alert(1)' }, 'url: must be an http(s) URL'],
    [{ url: 'data:text/html,hi' }, 'url: must be an http(s) URL'],
    [{ url: 'ftp://example.org/x' }, 'url: must be an http(s) URL'],
    [{ pmid: 'PMID:1' }, 'pmid: must be a PubMed id (digits)'],
    [{ doi: 'doi:10.1/x' }, 'doi: must be a DOI such as 10.1126/scitranslmed.3002882'],
    [{ year: 1200 }, 'year: Too small: expected number to be >=1500'],
    [{ colour: 'red' }, ': Unrecognized key: "colour"'],
  ])('refuses %j', (extra, message) => {
    expect(problem(field.sourceDetails, source(extra))).toEqual([message]);
  });
});

describe('claim fields across each other', () => {
  const claim = z.object(field.claimFields).superRefine(field.claimFieldRules);
  const valid = {
    subject: 'massage-therapy',
    predicate: 'TREATS',
    object: 'stress',
    statement: 'Massage eases stress.',
    evidence: { level: 'ANECDOTAL' },
    citations: [{ source: 'an-article', locator: '"whole"' }],
  };

  it('defaults status and qualifiers', () => {
    expect(claim.parse(valid)).toMatchObject({ status: 'ASSERTED', qualifiers: [] });
  });

  it.each(['CONTESTED', 'OVERSTATED', 'UNSUPPORTED', 'RETRACTED'])('needs a statusNote for %s', (status) => {
    expect(problem(claim, { ...valid, status })).toEqual([
      `statusNote: status ${status} needs a statusNote saying why`,
    ]);
  });

  it('refuses a self-loop, no citations and an unknown predicate, each by path', () => {
    expect(problem(claim, { ...valid, object: 'massage-therapy' })).toEqual([
      'object: a claim cannot join an entity to itself',
    ]);
    expect(problem(claim, { ...valid, citations: [] })).toEqual(['citations: a claim needs at least one citation']);
    expect(problem(claim, { ...valid, predicate: 'CURES' })![0]).toMatch(/^predicate: /);
  });
});

describe('mutation arguments', () => {
  it('names the broken input field in BAD_USER_INPUT', () => {
    let error: unknown;
    try {
      parseArgument(entityInput, { id: 'Bad Id', kind: 'TECHNIQUE', name: 'x' }, 'input');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.id' } });
  });

  it('keeps source details off other kinds', () => {
    expect(() =>
      parseArgument(
        entityInput,
        { id: 'x', kind: 'TECHNIQUE', name: 'X', source: { type: 'PAPER', tier: 'PRIMARY' } },
        'input',
      ),
    ).toThrow('input.source: only a SOURCE has source details');
  });

  it('accepts a patch of one field and leaves the others unnamed', () => {
    expect(parseArgument(claimPatch, { statement: 'New words.' }, 'patch')).toEqual({ statement: 'New words.' });
  });
});
