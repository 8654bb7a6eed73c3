/**
 * Evidence levels, strongest first, after the Oxford CEBM levels (docs/model.md, "Evidence").
 * NOT_GRADED, last, is the level of every claim that is not about an effect: it is no evidence.
 */
export const evidenceLevels = [
  'SYSTEMATIC_REVIEW',
  'RANDOMIZED_TRIAL',
  'CONTROLLED_STUDY',
  'OBSERVATIONAL',
  'CASE_SERIES',
  'MECHANISTIC',
  'EXPERT_OPINION',
  'ANECDOTAL',
  'NOT_GRADED',
] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** The levels an EFFECT claim may carry. */
export const gradedLevels = evidenceLevels.filter((level) => level !== 'NOT_GRADED');

/** GRADE certainty of a body of evidence. */
export const certainties = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const;
export type Certainty = (typeof certainties)[number];

export const claimStatuses = ['ASSERTED', 'SUPPORTED', 'CONTESTED', 'OVERSTATED', 'UNSUPPORTED', 'RETRACTED'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** 0 is the strongest level. Stored on each claim as levelRank so Cypher can compare levels. */
export function evidenceRank(level: EvidenceLevel): number {
  return evidenceLevels.indexOf(level);
}

export const notGradedRank = evidenceRank('NOT_GRADED');

/**
 * The rank bound of a `minEvidence` argument: `RANDOMIZED_TRIAL` keeps SYSTEMATIC_REVIEW and
 * RANDOMIZED_TRIAL (rank ≤ 1). Without one, every claim (NOT_GRADED included); with any, never a
 * NOT_GRADED claim, which is no evidence at all.
 */
export function maxRankFor(minEvidence: EvidenceLevel | null | undefined): number {
  if (!minEvidence) return notGradedRank;
  return Math.min(evidenceRank(minEvidence), notGradedRank - 1);
}

/**
 * Statuses whose claims establish no link: RETRACTED (withdrawn), UNSUPPORTED (the cited evidence
 * does not address it) and OVERSTATED (the source goes beyond its evidence). Typed relationship
 * fields, treatment links, related scores, neighbourhoods and paths leave such claims out unless
 * asked (`includeUnsupported`, `includeRetracted`); the claim browsers still list them.
 */
export const nonLinkStatuses: readonly ClaimStatus[] = ['RETRACTED', 'UNSUPPORTED', 'OVERSTATED'];

/**
 * The statuses a read leaves out: RETRACTED unless `includeRetracted`, UNSUPPORTED and
 * OVERSTATED unless `includeUnsupported`. Claim browsers pass `includeUnsupported: true` (they
 * list every non-retracted claim, with its status); link reads take the caller's choice.
 */
export function excludedStatuses(options: { includeRetracted?: boolean; includeUnsupported?: boolean }): ClaimStatus[] {
  return nonLinkStatuses.filter((status) =>
    status === 'RETRACTED' ? !options.includeRetracted : !options.includeUnsupported,
  );
}

export function establishesLink(status: ClaimStatus): boolean {
  return !nonLinkStatuses.includes(status);
}

/** A claim counts as evidence when it establishes a link and is graded (an EFFECT claim). */
export function countsAsEvidence(claim: { status: ClaimStatus; level: EvidenceLevel }): boolean {
  return establishesLink(claim.status) && claim.level !== 'NOT_GRADED';
}
