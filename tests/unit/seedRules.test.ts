import { claimKindOf } from '../../src/domain';
import type { ClaimRecord, EntityRecord } from '../../src/domain/records';
import { readGraphFiles } from '../../src/ingest/readGraphFiles';
import { validateGraph, type ValidatedGraph } from '../../src/ingest/validateGraph';
import { seedDir } from '../../src/paths';

/*
 * The grading rules of seed/README.md ("How claims are graded") that a program can check, each
 * over the seed files as they are. A rule broken by an edit to the seed fails here, naming the
 * claims that break it.
 */

let graph: ValidatedGraph;
const entities = new Map<string, EntityRecord>();
const claims = new Map<string, ClaimRecord>();

beforeAll(async () => {
  graph = await validateGraph(readGraphFiles(seedDir));
  graph.entities.forEach((entity) => entities.set(entity.id, entity));
  graph.claims.forEach((claim) => claims.set(claim.id, claim));
});

const label = (claim: ClaimRecord) => `${claim.subject} ${claim.predicate} ${claim.object}`;
const entity = (id: string) => entities.get(id)!;
const tierOf = (id: string) => entity(id).source?.tier;
const citesOnly = (claim: ClaimRecord, tier: 'PRIMARY' | 'SECONDARY' | 'TERTIARY') =>
  claim.citations.every((citation) => tierOf(citation.source) === tier);

/** The studies reported in each source. */
function reportedIn(): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const claim of graph.claims.filter((c) => c.predicate === 'REPORTED_IN'))
    reports.set(claim.object, [...(reports.get(claim.object) ?? []), claim.subject]);
  return reports;
}

/** Findings as Study.findings defines them (docs/model.md, "Findings and reports"). */
function isFinding(claim: ClaimRecord): boolean {
  if (!claim.study || claimKindOf(claim.predicate) !== 'EFFECT') return false;
  const designLevel = entity(claim.study).study?.designLevel;
  const primaryReport = claim.citations.some(
    (citation) =>
      !citation.role &&
      tierOf(citation.source) === 'PRIMARY' &&
      reportedIn().get(citation.source)?.includes(claim.study!),
  );
  return primaryReport && (!designLevel || claim.level === designLevel);
}

describe('the seed follows its grading rules', () => {
  it('grades only EFFECT claims', () => {
    const misgraded = graph.claims.filter(
      (claim) => (claimKindOf(claim.predicate) === 'EFFECT') === (claim.level === 'NOT_GRADED'),
    );
    expect(misgraded.map(label)).toEqual([]);
  });

  it('grades every EFFECT claim the article alone makes ANECDOTAL, unless it restates or infers from a study', () => {
    const article = graph.claims.filter(
      (claim) => claimKindOf(claim.predicate) === 'EFFECT' && citesOnly(claim, 'SECONDARY'),
    );
    expect(article.length).toBeGreaterThan(60);
    const wrong = article.filter((claim) => {
      if (claim.reports.length > 0) return claim.level !== entity(claim.study!).study?.designLevel;
      if (claim.level === 'MECHANISTIC') return claim.study === null;
      return claim.level !== 'ANECDOTAL';
    });
    expect(wrong.map(label)).toEqual([]);
  });

  it("gives every finding the study's design level, a measure and a timepoint, and makes the null results findings", () => {
    const findings = graph.claims.filter(isFinding);
    expect(findings.length).toBeGreaterThanOrEqual(9);
    expect(findings.filter((claim) => !claim.measure || !claim.timepoint).map(label)).toEqual([]);
    expect(findings.filter((claim) => !['SUPPORTED', 'CONTESTED'].includes(claim.status)).map(label)).toEqual([]);
    expect(findings.filter((claim) => claim.predicate === 'NO_EFFECT_ON').map((claim) => claim.object)).toEqual(
      expect.arrayContaining(['muscle-glycogen', 'lactate']),
    );
    // What else rests on a study and cites its primary report is an inference from the findings.
    const restOnStudy = graph.claims.filter(
      (claim) => claim.study && claim.citations.some((c) => tierOf(c.source) === 'PRIMARY') && !isFinding(claim),
    );
    expect(restOnStudy.filter((claim) => claim.level !== 'MECHANISTIC').map(label)).toEqual([]);
  });

  it('never SUPPORTS a claim from massage therapy about a clinical condition', () => {
    const clinical = graph.claims.filter(
      (claim) =>
        claim.subject === 'massage-therapy' &&
        entity(claim.object).kind === 'CONDITION' &&
        claim.status === 'SUPPORTED',
    );
    expect(clinical.map(label)).toEqual([]);
  });

  it('links restatements to the findings they report, never making them findings', () => {
    const reporting = graph.claims.filter((claim) => claim.reports.length > 0);
    expect(reporting.length).toBeGreaterThanOrEqual(2);
    for (const claim of reporting) {
      expect(isFinding(claim)).toBe(false);
      expect(claim.reports.map((id) => isFinding(claims.get(id)!))).toEqual(claim.reports.map(() => true));
      expect(claim.reports.map((id) => claims.get(id)!.predicate)).toEqual(claim.reports.map(() => claim.predicate));
    }
  });

  it('grades what the article attributes to a study but the study never measured ANECDOTAL and UNSUPPORTED', () => {
    const unsupported = graph.claims.filter((claim) => claim.status === 'UNSUPPORTED');
    expect(unsupported.length).toBeGreaterThan(0);
    expect(unsupported.filter((claim) => claim.level !== 'ANECDOTAL').map(label)).toEqual([]);
  });

  it('lets critiques dispute claims, never report a study', () => {
    const disputing = graph.claims.filter((claim) => claim.citations.some((citation) => citation.role === 'DISPUTES'));
    expect(disputing.length).toBeGreaterThanOrEqual(3);
    for (const claim of disputing) {
      expect(claim.status).toBe('CONTESTED');
      const sources = claim.citations.filter((citation) => citation.role === 'DISPUTES').map((c) => c.source);
      expect(sources.map((id) => entity(id).source?.type)).toEqual(sources.map(() => 'CRITIQUE'));
    }
    const critiques = graph.entities.filter((e) => e.source?.type === 'CRITIQUE').map((e) => e.id);
    expect(
      graph.claims.filter((c) => c.predicate === 'REPORTED_IN' && critiques.includes(c.object)).map(label),
    ).toEqual([]);
  });

  it('gives every entity a part in some claim', () => {
    const used = new Set(
      graph.claims.flatMap((claim) => [
        claim.subject,
        claim.object,
        ...(claim.study ? [claim.study] : []),
        ...claim.citations.map((c) => c.source),
      ]),
    );
    expect(graph.entities.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('lets no alias name another entity', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of graph.entities) {
      for (const term of new Set([e.name, ...e.aliases].map((t) => t.toLowerCase()))) {
        const owner = owners.get(term);
        if (owner && owner !== e.id) clashes.push(`"${term}": ${owner} and ${e.id}`);
        owners.set(term, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives at least 60 % of the conditions an identifier, and the paper its PMID and DOI', () => {
    const conditions = graph.entities.filter((e) => e.kind === 'CONDITION');
    const identified = conditions.filter((e) => e.xrefs.length + e.closeXrefs.length > 0);
    expect(identified.length / conditions.length).toBeGreaterThanOrEqual(0.6);
    expect(entity('crane-2012-massage-inflammation').xrefs).toEqual([
      'PMID:22301554',
      'doi:10.1126/scitranslmed.3002882',
    ]);
    expect(entity('massage-therapy').xrefs).toContain('MESH:D008405');
  });
});
