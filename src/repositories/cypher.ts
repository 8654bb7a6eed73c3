import { nonLinkStatuses, notGradedRank } from '../domain';

/*
 * Cypher fragments that several statements share, each written once. They splice in variable
 * names and expressions from code only; values arrive as parameters.
 */

/** A list literal of domain constants (never of user text). */
export function cypherList(values: readonly string[]): string {
  return `[${values.map((value) => `'${value}'`).join(', ')}]`;
}

/**
 * Binds `e` to the entity whose id is `id`, or to the entity it was merged into (its redirect);
 * rows with neither are dropped.
 */
export const entityByIdOrRedirect = /* cypher */ `
    OPTIONAL MATCH (found:Entity {id: id})
    OPTIONAL MATCH (:Redirect {id: id})-[:REDIRECTS_TO]->(target:Entity)
    WITH id, coalesce(found, target) AS e
    WHERE e IS NOT NULL`;

/** True when claim `c` establishes a link (its status is not RETRACTED, UNSUPPORTED or OVERSTATED). */
export const establishesLink = (c: string) => `NOT ${c}.status IN ${cypherList(nonLinkStatuses)}`;

/** True when claim `c` counts as evidence: it establishes a link and is graded (domain/evidence.ts). */
export const countsAsEvidence = (c: string) => `(${establishesLink(c)} AND ${c}.levelRank < ${notGradedRank})`;

/**
 * The claim filters every claim list takes, from a map `f` holding `predicates` (null: any),
 * `maxRank` (evidence at least this strong) and `excluded` (the statuses left out, from
 * domain's excludedStatuses).
 */
export const claimFilter = (
  c: string,
  f: string,
) => /* cypher */ `(${f}.predicates IS NULL OR ${c}.predicate IN ${f}.predicates)
  AND ${c}.levelRank <= ${f}.maxRank AND NOT ${c}.status IN ${f}.excluded`;

/** Keyset paging in claim order (levelRank, then id), after the position in `f.afterRank`, `f.afterId`. */
export const afterPosition = (c: string, f: string) =>
  /* cypher */ `(${f}.afterRank IS NULL OR ${c}.levelRank > ${f}.afterRank OR (${c}.levelRank = ${f}.afterRank AND ${c}.id > ${f}.afterId))`;
