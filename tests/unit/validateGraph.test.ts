import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphValidationError } from '../../src/ingest/problems';
import { readGraphFiles, type ParsedFile } from '../../src/ingest/readGraphFiles';
import { validateGraph } from '../../src/ingest/validateGraph';

const source = {
  id: 'test-article',
  kind: 'SOURCE',
  name: 'An article',
  source: { type: 'ARTICLE', tier: 'SECONDARY' },
};
const technique = { id: 'test-massage', kind: 'TECHNIQUE', name: 'Massage' };
const condition = { id: 'test-pain', kind: 'CONDITION', name: 'Pain' };
const goodClaim = {
  subject: 'test-massage',
  predicate: 'TREATS',
  object: 'test-pain',
  statement: 'Massage eases pain.',
  evidence: { level: 'ANECDOTAL' },
  citations: [{ source: 'test-article', locator: '"Intro" ¶1' }],
};

function file(content: unknown, name = 'graph.yaml'): ParsedFile {
  return { file: name, content };
}

async function problemsOf(files: ParsedFile[]): Promise<string[]> {
  try {
    await validateGraph(files);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphValidationError);
    return (error as GraphValidationError).problems.map((p) => `${p.file}: ${p.entry}: ${p.field}: ${p.message}`);
  }
  throw new Error('expected validation to fail');
}

describe('validateGraph', () => {
  it('accepts a well-formed graph and resolves claim identity', async () => {
    const graph = await validateGraph([file({ entities: [source, technique, condition], claims: [goodClaim] })]);
    expect(graph.entities).toHaveLength(3);
    expect(graph.claims[0]).toMatchObject({
      key: 'test-massage|TREATS|test-pain|test-article',
      status: 'ASSERTED',
      levelRank: 7,
    });
    expect(graph.claims[0]!.id).toMatch(/^c-[0-9a-f]{16}$/);
  });

  it('rejects an unknown kind, naming file, entry and field', async () => {
    const problems = await problemsOf([
      file({ entities: [{ id: 'test-x', kind: 'GADGET', name: 'X' }] }, 'kinds.yaml'),
    ]);
    expect(problems).toEqual([expect.stringMatching(/^kinds\.yaml: entities\[0\] \(id "test-x"\): kind: .*TECHNIQUE/)]);
  });

  it('rejects a dangling reference', async () => {
    const claim = { ...goodClaim, object: 'test-missing' };
    const problems = await problemsOf([file({ entities: [source, technique], claims: [claim] })]);
    expect(problems).toEqual([
      'graph.yaml: claims[0] (test-massage TREATS test-missing): object: no entity "test-missing"',
    ]);
  });

  it('rejects a predicate that does not fit its kinds', async () => {
    const claim = { ...goodClaim, subject: 'test-pain', object: 'test-massage' };
    const problems = await problemsOf([file({ entities: [source, technique, condition], claims: [claim] })]);
    expect(problems).toEqual([
      'graph.yaml: claims[0] (test-pain TREATS test-massage): predicate: TREATS joins TECHNIQUE → CONDITION, not CONDITION → TECHNIQUE',
    ]);
  });

  it('rejects a claim without citations', async () => {
    const problems = await problemsOf([
      file({ entities: [source, technique, condition], claims: [{ ...goodClaim, citations: [] }] }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /claims\[0\] \(test-massage TREATS test-pain\): citations: a claim needs at least one citation/,
      ),
    ]);
  });

  it('rejects a citation without a locator, and one with a malformed locator', async () => {
    const noLocator = { ...goodClaim, citations: [{ source: 'test-article' }] };
    const badLocator = {
      ...goodClaim,
      object: 'test-massage-2',
      citations: [{ source: 'test-article', locator: 'page 3' }],
    };
    const problems = await problemsOf([
      file({ entities: [source, technique, condition], claims: [noLocator, badLocator] }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/claims\[0\] .*: citations\[0\]\.locator: /),
      expect.stringMatching(/claims\[1\] .*: citations\[0\]\.locator: must be a locator like/),
      // Its object is missing too, and the same run says so.
      expect.stringMatching(/claims\[1\] .*: object: no entity "test-massage-2"/),
    ]);
  });

  it('rejects a citation whose source is not a SOURCE', async () => {
    const claim = { ...goodClaim, citations: [{ source: 'test-pain', locator: '"whole"' }] };
    const problems = await problemsOf([file({ entities: [source, technique, condition], claims: [claim] })]);
    expect(problems).toEqual([
      'graph.yaml: claims[0] (test-massage TREATS test-pain): citations[0].source: "test-pain" is a CONDITION, not a SOURCE',
    ]);
  });

  it('rejects a duplicate id across files, naming where it was first defined', async () => {
    const problems = await problemsOf([
      file({ entities: [technique] }, 'a.yaml'),
      file({ entities: [{ ...technique, name: 'Again' }] }, 'b.yaml'),
    ]);
    expect(problems).toEqual([
      'b.yaml: entities[0] (id "test-massage"): id: duplicate id "test-massage", first defined in a.yaml entities[0] (id "test-massage")',
    ]);
  });

  it('rejects a duplicate claim (same subject, predicate, object and source)', async () => {
    const problems = await problemsOf([
      file({ entities: [source, technique, condition], claims: [goodClaim, { ...goodClaim, statement: 'Again.' }] }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(
        /claims\[1\] .*: citations\[0\]\.source: duplicate claim: same subject, predicate, object and source as graph\.yaml claims\[0\]/,
      ),
    ]);
  });

  it('treats a symmetric predicate in either direction as the same claim', async () => {
    const other = { id: 'test-other', kind: 'TECHNIQUE', name: 'Other' };
    const forward = { ...goodClaim, predicate: 'SIMILAR_TO', object: 'test-other', evidence: { level: 'NOT_GRADED' } };
    const backward = { ...forward, subject: 'test-other', object: 'test-massage' };
    const problems = await problemsOf([file({ entities: [source, technique, other], claims: [forward, backward] })]);
    expect(problems).toEqual([
      expect.stringMatching(/claims\[1\] \(test-other SIMILAR_TO test-massage\): .*duplicate claim/),
    ]);
  });

  it('rejects a claim joining an entity to itself, a bad id and an unexplained OVERSTATED status', async () => {
    const selfLoop = {
      ...goodClaim,
      object: 'test-massage',
      predicate: 'SIMILAR_TO',
      evidence: { level: 'NOT_GRADED' },
    };
    const overstated = { ...goodClaim, status: 'OVERSTATED' };
    const problems = await problemsOf([
      file({
        entities: [source, technique, condition, { id: 'Bad Id', kind: 'TISSUE', name: 'x' }],
        claims: [selfLoop, overstated],
      }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/entities\[3\] \(id "Bad Id"\): id: must be a lower-case slug/),
      expect.stringMatching(/claims\[0\] .*: object: a claim cannot join an entity to itself/),
      expect.stringMatching(/claims\[1\] .*: statusNote: status OVERSTATED needs a statusNote/),
    ]);
  });

  it('reports an enum error and a missing reference in one pass, the same claim or another', async () => {
    const badLevel = { ...goodClaim, object: 'test-missing-condition', evidence: { level: 'PRETTY_GOOD' } };
    const dangling = { ...goodClaim, subject: 'test-missing-technique' };
    const problems = await problemsOf([
      file({ entities: [source, technique, condition], claims: [badLevel, dangling] }),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/claims\[0\] .*: evidence\.level: /),
      expect.stringMatching(/claims\[1\] .*: subject: no entity "test-missing-technique"/),
      expect.stringMatching(/claims\[0\] .*: object: no entity "test-missing-condition"/),
    ]);
  });

  it('does not also report as missing an entity that is in the files but broken', async () => {
    const broken = { ...technique, name: '' };
    const problems = await problemsOf([file({ entities: [source, broken, condition], claims: [goodClaim] })]);
    expect(problems).toEqual([expect.stringMatching(/entities\[1\] \(id "test-massage"\): name: /)]);
  });

  it('rejects unknown fields instead of silently dropping them', async () => {
    const problems = await problemsOf([file({ entities: [{ ...technique, colour: 'blue' }] })]);
    expect(problems).toEqual([expect.stringMatching(/entities\[0\] \(id "test-massage"\): \(entry\): .*colour/)]);
  });

  it('reports malformed YAML with its file and line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fascia-yaml-'));
    writeFileSync(path.join(dir, 'broken.yaml'), 'entities:\n  - id: test-x\n    kind: [TECHNIQUE\n');
    expect(() => readGraphFiles(dir)).toThrow(/broken\.yaml: line \d+, column \d+: \(syntax\): malformed YAML/);
  });
});
