import type { EntityKind } from './kinds';

export interface PredicateRule {
  /** Which subject kinds may join which object kinds; one entry per allowed pairing. */
  joins: Array<{ subject: EntityKind[]; object: EntityKind[] }>;
  /** A symmetric predicate is stored once: (a, b) and (b, a) are the same claim. */
  symmetric?: boolean;
  description: string;
}

/** The predicate vocabulary and the kinds each joins (docs/model.md's table), in one place. */
export const predicateRules = {
  TREATS: {
    joins: [{ subject: ['TECHNIQUE'], object: ['CONDITION'] }],
    description: 'The technique is used to treat or relieve the condition.',
  },
  IMPROVES: {
    joins: [{ subject: ['TECHNIQUE'], object: ['OUTCOME'] }],
    description: 'The technique improves the outcome (range of motion, grip strength, mood, …).',
  },
  TARGETS: {
    joins: [{ subject: ['TECHNIQUE'], object: ['TISSUE'] }],
    description: 'The technique works on the tissue.',
  },
  INCREASES: {
    joins: [{ subject: ['TECHNIQUE', 'SUBSTANCE'], object: ['BIOMARKER', 'OUTCOME', 'CONDITION'] }],
    description: 'The subject raises the level, amount or likelihood of the object.',
  },
  DECREASES: {
    joins: [{ subject: ['TECHNIQUE', 'SUBSTANCE'], object: ['BIOMARKER', 'OUTCOME', 'CONDITION'] }],
    description: 'The subject lowers the level, amount or likelihood of the object.',
  },
  CAUTION_FOR: {
    joins: [{ subject: ['TECHNIQUE'], object: ['CONDITION', 'SUBSTANCE'] }],
    description: 'Care is needed when a person with the condition, or taking the substance, receives the technique.',
  },
  SUBTYPE_OF: {
    joins: [
      { subject: ['TECHNIQUE'], object: ['TECHNIQUE'] },
      { subject: ['CONDITION'], object: ['CONDITION'] },
    ],
    description: 'The subject is a narrower kind of the object.',
  },
  SIMILAR_TO: {
    joins: [{ subject: ['TECHNIQUE'], object: ['TECHNIQUE'] }],
    symmetric: true,
    description: 'The two techniques resemble each other (symmetric; stored once).',
  },
  ENHANCES: {
    joins: [{ subject: ['TECHNIQUE'], object: ['TECHNIQUE'] }],
    description: 'The subject adds to the benefits of the object when combined with it.',
  },
  USES: {
    joins: [{ subject: ['TECHNIQUE'], object: ['SUBSTANCE'] }],
    description: 'The technique uses the substance.',
  },
  DEVELOPED_BY: {
    joins: [{ subject: ['TECHNIQUE'], object: ['PERSON', 'ORGANIZATION'] }],
    description: 'The technique was first developed by the person or organization.',
  },
  PRACTICED_BY: {
    joins: [{ subject: ['TECHNIQUE'], object: ['PRACTITIONER'] }],
    description: 'Practitioners of this profession or role deliver the technique.',
  },
  HAS_ROLE: {
    joins: [{ subject: ['PERSON'], object: ['PRACTITIONER'] }],
    description: 'The person works in this profession or role.',
  },
  AFFECTS: {
    joins: [{ subject: ['CONDITION'], object: ['TISSUE'] }],
    description: 'The condition involves or damages the tissue.',
  },
  CAUSED_BY: {
    joins: [{ subject: ['CONDITION'], object: ['CONDITION', 'OUTCOME'] }],
    description: 'The condition results from the object.',
  },
  SPECIALIZES_IN: {
    joins: [{ subject: ['ORGANIZATION', 'PRACTITIONER'], object: ['CONDITION', 'TECHNIQUE'] }],
    description: 'The organization or profession focuses on the condition or technique.',
  },
  CONDUCTED_BY: {
    joins: [{ subject: ['STUDY'], object: ['ORGANIZATION', 'PERSON'] }],
    description: 'The study was carried out by the organization or person.',
  },
  STUDIED: {
    joins: [{ subject: ['STUDY'], object: ['TECHNIQUE', 'CONDITION', 'BIOMARKER', 'OUTCOME'] }],
    description: 'The study measured or examined the object.',
  },
  REPORTED_IN: {
    joins: [{ subject: ['STUDY'], object: ['SOURCE'] }],
    description: 'The study is reported in the source document.',
  },
} as const satisfies Record<string, PredicateRule>;

export type Predicate = keyof typeof predicateRules;
export const predicates = Object.keys(predicateRules) as Predicate[];

export function isSymmetric(predicate: Predicate): boolean {
  return (predicateRules[predicate] as PredicateRule).symmetric === true;
}

/**
 * Null when `predicate` may join a subject of `subjectKind` to an object of `objectKind`, else a
 * sentence saying what it joins.
 */
export function predicateMisfit(predicate: Predicate, subjectKind: EntityKind, objectKind: EntityKind): string | null {
  const rule: PredicateRule = predicateRules[predicate];
  const fits = rule.joins.some((join) => join.subject.includes(subjectKind) && join.object.includes(objectKind));
  if (fits) return null;
  const allowed = rule.joins.map((join) => `${join.subject.join(' or ')} → ${join.object.join(' or ')}`).join('; ');
  return `${predicate} joins ${allowed}, not ${subjectKind} → ${objectKind}`;
}
