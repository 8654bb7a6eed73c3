import { entityKinds, type EntityKind } from './kinds';
import table from './predicateTable.json';

/*
 * The predicate vocabulary: for each predicate its claim kind, the kinds of entity it joins and
 * what it means. The table is data (predicateTable.json, kept equal to docs/model.md by a test);
 * this module reads it once and checks it, so a mistyped kind fails at start, not in a claim.
 */

/**
 * What a claim is about, fixed by its predicate. Only EFFECT claims carry an evidence grade;
 * every other claim's level is NOT_GRADED.
 */
export const claimKinds = ['EFFECT', 'PRACTICE', 'CLASSIFICATION', 'PROVENANCE'] as const;
export type ClaimKind = (typeof claimKinds)[number];

export type Predicate = keyof typeof table;
export const predicates = Object.keys(table) as Predicate[];

export interface PredicateRule {
  kind: ClaimKind;
  /** Which subject kinds may join which object kinds; one entry per allowed pairing. */
  joins: Array<{ subject: EntityKind[]; object: EntityKind[] }>;
  /** A symmetric predicate is stored once: (a, b) and (b, a) are the same claim. */
  symmetric: boolean;
  description: string;
}

/** `TECHNIQUE SUBSTANCE → BIOMARKER OUTCOME; CONDITION → CONDITION` → the pairings it allows. */
function parseJoins(predicate: string, text: string): PredicateRule['joins'] {
  const kinds = (list: string) =>
    list
      .trim()
      .split(/\s+/)
      .map((kind) => {
        if (!(entityKinds as readonly string[]).includes(kind))
          throw new Error(`predicateTable.json: ${predicate} names an unknown kind ${kind}`);
        return kind as EntityKind;
      });
  return text.split(';').map((pairing) => {
    const [subject, object] = pairing.split('→');
    return { subject: kinds(subject!), object: kinds(object!) };
  });
}

export const predicateRules = Object.fromEntries(
  Object.entries(table).map(([predicate, rule]) => {
    if (!(claimKinds as readonly string[]).includes(rule.kind))
      throw new Error(`predicateTable.json: ${predicate} has an unknown kind ${rule.kind}`);
    const parsed: PredicateRule = {
      kind: rule.kind as ClaimKind,
      joins: parseJoins(predicate, rule.joins),
      symmetric: 'symmetric' in rule && rule.symmetric === true,
      description: rule.description,
    };
    return [predicate, parsed];
  }),
) as Record<Predicate, PredicateRule>;

export function isSymmetric(predicate: Predicate): boolean {
  return predicateRules[predicate].symmetric;
}

export function claimKindOf(predicate: Predicate): ClaimKind {
  return predicateRules[predicate].kind;
}

/** The pairings a predicate allows, as docs/model.md writes them: `TECHNIQUE or SUBSTANCE → BIOMARKER`. */
export function joinsText(predicate: Predicate): string {
  return predicateRules[predicate].joins
    .map((join) => `${join.subject.join(' or ')} → ${join.object.join(' or ')}`)
    .join('; ');
}

/**
 * Null when `predicate` may join a subject of `subjectKind` to an object of `objectKind`, else a
 * sentence saying what it joins.
 */
export function predicateMisfit(predicate: Predicate, subjectKind: EntityKind, objectKind: EntityKind): string | null {
  const fits = predicateRules[predicate].joins.some(
    (join) => join.subject.includes(subjectKind) && join.object.includes(objectKind),
  );
  return fits ? null : `${predicate} joins ${joinsText(predicate)}, not ${subjectKind} → ${objectKind}`;
}
