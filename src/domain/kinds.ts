/** The kinds of entity in the graph (docs/model.md, "Kinds"). */
export const entityKinds = [
  'TECHNIQUE',
  'CONDITION',
  'TISSUE',
  'PRACTITIONER',
  'PERSON',
  'ORGANIZATION',
  'STUDY',
  'SOURCE',
  'BIOMARKER',
  'SUBSTANCE',
  'OUTCOME',
] as const;

export type EntityKind = (typeof entityKinds)[number];

/**
 * The Neo4j label each kind carries beside :Entity, and the GraphQL type that represents it.
 * Labels reach Cypher only from this closed table, never from user text.
 */
export const kindLabel: Record<EntityKind, string> = {
  TECHNIQUE: 'Technique',
  CONDITION: 'Condition',
  TISSUE: 'Tissue',
  PRACTITIONER: 'Practitioner',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  STUDY: 'Study',
  SOURCE: 'Source',
  BIOMARKER: 'Biomarker',
  SUBSTANCE: 'Substance',
  OUTCOME: 'Outcome',
};
