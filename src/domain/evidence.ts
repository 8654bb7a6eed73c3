/** Evidence levels, strongest first, after the Oxford CEBM levels (docs/model.md). */
export const evidenceLevels = [
  'SYSTEMATIC_REVIEW',
  'RANDOMIZED_TRIAL',
  'CONTROLLED_STUDY',
  'OBSERVATIONAL',
  'CASE_SERIES',
  'MECHANISTIC',
  'EXPERT_OPINION',
  'ANECDOTAL',
] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** GRADE certainty of a body of evidence. */
export const certainties = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const;
export type Certainty = (typeof certainties)[number];

export const claimStatuses = ['ASSERTED', 'SUPPORTED', 'CONTESTED', 'OVERSTATED', 'UNSUPPORTED', 'RETRACTED'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/** 0 is the strongest level. Stored on each claim as levelRank so Cypher can compare levels. */
export function evidenceRank(level: EvidenceLevel): number {
  return evidenceLevels.indexOf(level);
}

/** `minEvidence: RANDOMIZED_TRIAL` keeps SYSTEMATIC_REVIEW and RANDOMIZED_TRIAL: rank ≤ this. */
export function maxRankFor(minEvidence: EvidenceLevel | null | undefined): number {
  return minEvidence ? evidenceRank(minEvidence) : evidenceLevels.length - 1;
}

/**
 * Statuses whose claims establish no link: typed relationship fields, treatment links, related
 * scores, neighbourhoods and paths leave such claims out (the claim browsers still list them).
 */
export const nonLinkStatuses: readonly ClaimStatus[] = ['RETRACTED', 'UNSUPPORTED'];

export function establishesLink(status: ClaimStatus): boolean {
  return !nonLinkStatuses.includes(status);
}
