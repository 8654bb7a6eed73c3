import { fieldChanges } from '../../src/domain/changes';
import { firstCopiedRun, shingles, words } from '../../src/domain/fingerprint';
import {
  claimHistoryFields,
  entityHistoryFields,
  flatDetails,
  nestedDetails,
  type EntityRecord,
} from '../../src/domain/records';

const paper: EntityRecord = {
  id: 'crane-2012',
  kind: 'SOURCE',
  name: 'Massage paper',
  aliases: [],
  xrefs: [],
  closeXrefs: [],
  description: null,
  source: { type: 'PAPER', tier: 'PRIMARY', pmid: '22301554', authors: ['Crane JD'] },
};

describe('source and study details: nested in records, flat on nodes', () => {
  it('flattens every detail property, null where absent', () => {
    expect(flatDetails(paper)).toEqual({
      sourceType: 'PAPER',
      tier: 'PRIMARY',
      authors: ['Crane JD'],
      journal: null,
      year: null,
      citation: null,
      pmid: '22301554',
      doi: null,
      url: null,
      publisher: null,
      participants: null,
      design: null,
      designLevel: null,
    });
  });

  it('nests them back, round trip', () => {
    expect(nestedDetails({ kind: 'SOURCE', ...flatDetails(paper) })).toEqual({ source: paper.source });
    const study = { ...paper, kind: 'STUDY' as const, source: undefined, study: { participants: 11 } };
    expect(nestedDetails({ kind: 'STUDY', ...flatDetails(study) })).toEqual({ study: { participants: 11 } });
  });

  it('gives a SOURCE created without details none, rather than an empty object', () => {
    expect(nestedDetails({ kind: 'SOURCE', ...flatDetails({}) })).toEqual({});
  });

  it('keeps details on their own kinds only', () => {
    expect(nestedDetails({ kind: 'TECHNIQUE', sourceType: 'PAPER', tier: 'PRIMARY', participants: 3 })).toEqual({});
  });
});

describe('what history records', () => {
  it('records an entity by its visible fields', () => {
    expect(Object.keys(entityHistoryFields(paper))).toEqual(
      expect.arrayContaining(['kind', 'name', 'aliases', 'description', 'sourceType', 'pmid']),
    );
    expect(entityHistoryFields(paper)).not.toHaveProperty('aliasText');
  });

  it('records a claim by its ends, fields and links', () => {
    const fields = claimHistoryFields({
      subject: 'a',
      predicate: 'TREATS',
      object: 'b',
      statement: 'A treats B.',
      qualifiers: [],
      level: 'ANECDOTAL',
      certainty: null,
      study: null,
      status: 'ASSERTED',
      statusNote: null,
      measure: null,
      timepoint: null,
      reports: [],
      citations: [{ source: 's', locator: '"whole"' }],
    });
    expect(Object.keys(fields)).toEqual([
      'subject',
      'predicate',
      'object',
      'statement',
      'qualifiers',
      'level',
      'certainty',
      'study',
      'status',
      'statusNote',
      'citations',
      'measure',
      'timepoint',
      'reports',
    ]);
  });

  it('lists the changed fields, values JSON-encoded, comparing arrays by content', () => {
    expect(
      fieldChanges({ a: 1, b: [1, 2], c: 'x', gone: true }, { a: 1, b: [1, 2], c: 'y', added: null, fresh: 'z' }),
    ).toEqual([
      { field: 'c', before: '"x"', after: '"y"' },
      { field: 'fresh', before: null, after: '"z"' },
      { field: 'gone', before: 'true', after: null },
    ]);
    expect(fieldChanges(null, { id: 'x', none: null })).toEqual([{ field: 'id', before: null, after: '"x"' }]);
  });
});

describe('copied text is found by eight-word runs', () => {
  it('normalises quotes and punctuation', () => {
    expect(words('It’s a “test”, really!')).toEqual(["it's", 'a', 'test', 'really']);
  });

  it('finds a copied run and nothing shorter', () => {
    const source = new Set(shingles('the quick brown fox jumps over the lazy dog every day'));
    expect(firstCopiedRun('Today, the quick brown fox jumps over the lazy dog.', source)).toBe(
      'the quick brown fox jumps over the lazy',
    );
    expect(firstCopiedRun('the quick brown fox jumps over a lazy dog', source)).toBeNull();
  });
});
