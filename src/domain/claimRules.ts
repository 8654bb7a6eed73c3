import type { EntityKind } from './kinds';
import { predicateMisfit, type Predicate } from './predicates';
import type { ClaimStatus } from './evidence';

/** A rule a claim breaks: which field, and what is wrong. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Statuses that say a claim is in doubt must say why. */
export const statusesNeedingNote: ClaimStatus[] = ['CONTESTED', 'OVERSTATED', 'UNSUPPORTED', 'RETRACTED'];

export interface ClaimReferences {
  subject: string;
  predicate: Predicate;
  object: string;
  study?: string | null;
  citations: Array<{ source: string }>;
  /** A retracted claim that gave up its identity in a merge; it may join an entity to itself. */
  retiredIdentity?: boolean;
}

/**
 * The rules that need to know other entities: both ends exist and the predicate fits their kinds,
 * the study is a STUDY, every citation's source is a SOURCE, and no claim joins an entity to
 * itself. `kindOf` answers for ids in the graph or in the same input; seed loading, imports and
 * curation all check claims with this one function.
 */
export function claimReferenceProblems(
  claim: ClaimReferences,
  kindOf: (id: string) => EntityKind | undefined,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (claim.subject === claim.object && !claim.retiredIdentity) {
    problems.push({ field: 'object', message: 'a claim cannot join an entity to itself' });
  }
  const subjectKind = kindOf(claim.subject);
  const objectKind = kindOf(claim.object);
  if (!subjectKind) problems.push({ field: 'subject', message: `no entity "${claim.subject}"` });
  if (!objectKind) problems.push({ field: 'object', message: `no entity "${claim.object}"` });
  if (subjectKind && objectKind) {
    const misfit = predicateMisfit(claim.predicate, subjectKind, objectKind);
    if (misfit) problems.push({ field: 'predicate', message: misfit });
  }
  if (claim.study) {
    const studyKind = kindOf(claim.study);
    if (!studyKind) problems.push({ field: 'evidence.study', message: `no entity "${claim.study}"` });
    else if (studyKind !== 'STUDY')
      problems.push({ field: 'evidence.study', message: `"${claim.study}" is a ${studyKind}, not a STUDY` });
  }
  claim.citations.forEach((citation, index) => {
    const sourceKind = kindOf(citation.source);
    if (!sourceKind) problems.push({ field: `citations[${index}].source`, message: `no entity "${citation.source}"` });
    else if (sourceKind !== 'SOURCE')
      problems.push({
        field: `citations[${index}].source`,
        message: `"${citation.source}" is a ${sourceKind}, not a SOURCE`,
      });
  });
  return problems;
}

/** Ids a claim refers to, for looking their kinds up in one go. */
export function referencedIds(claim: ClaimReferences): string[] {
  return [
    ...new Set([
      claim.subject,
      claim.object,
      ...(claim.study ? [claim.study] : []),
      ...claim.citations.map((c) => c.source),
    ]),
  ];
}
