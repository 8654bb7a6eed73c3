import type { EntityKind, EvidenceLevel, Predicate } from '../../domain';

/*
 * Fascia's kinds and predicates in the Biolink Model (4.4.4), for KGX. Every term is a class or
 * slot of biolink_model.yaml; where no Biolink predicate means what Fascia's does, the edge says
 * `biolink:related_to` and `original_predicate` keeps Fascia's. docs/model.md, "Biolink and KGX",
 * is the table for people; a test keeps the two equal.
 */

/** The Biolink class of each kind. A BIOMARKER is a Protein when it carries a protein or gene identifier. */
export const kindCategory: Record<EntityKind, string> = {
  TECHNIQUE: 'biolink:Procedure',
  CONDITION: 'biolink:DiseaseOrPhenotypicFeature',
  TISSUE: 'biolink:AnatomicalEntity',
  // Biolink has no class for a profession; NamedThing claims nothing untrue.
  PRACTITIONER: 'biolink:NamedThing',
  PERSON: 'biolink:Agent',
  ORGANIZATION: 'biolink:Agent',
  STUDY: 'biolink:Study',
  SOURCE: 'biolink:Publication',
  BIOMARKER: 'biolink:NamedThing',
  SUBSTANCE: 'biolink:ChemicalEntity',
  OUTCOME: 'biolink:PhenotypicFeature',
};

const proteinPrefixes = ['UniProtKB:', 'HGNC:'];

export function categoryOf(kind: EntityKind, xrefs: readonly string[]): string {
  if (kind === 'BIOMARKER' && xrefs.some((xref) => proteinPrefixes.some((prefix) => xref.startsWith(prefix))))
    return 'biolink:Protein';
  return kindCategory[kind];
}

/** For a KGX file from another tool: the kind each Biolink class (and its usual subclasses) becomes. */
export const categoryKind: Record<string, EntityKind> = {
  'biolink:Procedure': 'TECHNIQUE',
  'biolink:ClinicalIntervention': 'TECHNIQUE',
  'biolink:Treatment': 'TECHNIQUE',
  'biolink:DiseaseOrPhenotypicFeature': 'CONDITION',
  'biolink:Disease': 'CONDITION',
  'biolink:AnatomicalEntity': 'TISSUE',
  'biolink:GrossAnatomicalStructure': 'TISSUE',
  'biolink:Study': 'STUDY',
  'biolink:ClinicalTrial': 'STUDY',
  'biolink:Publication': 'SOURCE',
  'biolink:Article': 'SOURCE',
  'biolink:JournalArticle': 'SOURCE',
  'biolink:Protein': 'BIOMARKER',
  'biolink:Gene': 'BIOMARKER',
  'biolink:SmallMolecule': 'BIOMARKER',
  'biolink:MolecularEntity': 'BIOMARKER',
  'biolink:MacromolecularComplex': 'BIOMARKER',
  'biolink:ChemicalEntity': 'SUBSTANCE',
  'biolink:Drug': 'SUBSTANCE',
  'biolink:PhenotypicFeature': 'OUTCOME',
  'biolink:ClinicalFinding': 'OUTCOME',
  'biolink:BehavioralFeature': 'OUTCOME',
};

/** A Biolink edge: the predicate and the qualifiers that complete its meaning. */
export interface BiolinkEdge {
  predicate: string;
  negated?: boolean;
  qualifiedPredicate?: string;
  objectDirection?: 'increased' | 'decreased';
  /** Only for a molecular object: what about it changes. */
  objectAspect?: 'activity_or_abundance';
}

const direction = (objectDirection: 'increased' | 'decreased'): BiolinkEdge => ({
  predicate: 'biolink:affects',
  qualifiedPredicate: 'biolink:causes',
  objectDirection,
});

/** The Biolink edge of each predicate (TREATS depends on the evidence: see biolinkEdge). */
export const predicateEdge: Record<Predicate, BiolinkEdge> = {
  TREATS: { predicate: 'biolink:treats_or_applied_or_studied_to_treat' },
  IMPROVES: { predicate: 'biolink:affects' },
  TARGETS: { predicate: 'biolink:affects' },
  INCREASES: direction('increased'),
  DECREASES: direction('decreased'),
  CAUTION_FOR: { predicate: 'biolink:contraindicated_in' },
  SUBTYPE_OF: { predicate: 'biolink:subclass_of' },
  SIMILAR_TO: { predicate: 'biolink:similar_to' },
  ENHANCES: { predicate: 'biolink:related_to' },
  USES: { predicate: 'biolink:has_input' },
  DEVELOPED_BY: { predicate: 'biolink:related_to' },
  PRACTICED_BY: { predicate: 'biolink:can_be_carried_out_by' },
  HAS_ROLE: { predicate: 'biolink:related_to' },
  AFFECTS: { predicate: 'biolink:disease_has_location' },
  CAUSED_BY: { predicate: 'biolink:caused_by' },
  SPECIALIZES_IN: { predicate: 'biolink:related_to' },
  CONDUCTED_BY: { predicate: 'biolink:related_to' },
  STUDIED: { predicate: 'biolink:related_to' },
  REPORTED_IN: { predicate: 'biolink:related_to' },
  NO_EFFECT_ON: { predicate: 'biolink:affects', negated: true },
};

/** Biolink asks for `treats` only on strong evidence; weaker TREATS claims use its catch-all parent. */
const treatsLevels: readonly EvidenceLevel[] = ['SYSTEMATIC_REVIEW', 'RANDOMIZED_TRIAL'];

export function biolinkEdge(
  predicate: Predicate,
  level: EvidenceLevel,
  objectKind: EntityKind | undefined,
): BiolinkEdge {
  if (predicate === 'TREATS' && treatsLevels.includes(level)) return { predicate: 'biolink:treats' };
  const edge = predicateEdge[predicate];
  if (edge.objectDirection && objectKind === 'BIOMARKER') return { ...edge, objectAspect: 'activity_or_abundance' };
  return edge;
}

/** For a KGX file from another tool: Fascia's predicate for a Biolink edge, where one means the same. */
export function predicateForEdge(edge: BiolinkEdge): Predicate | undefined {
  if (edge.negated) return edge.predicate === 'biolink:affects' ? 'NO_EFFECT_ON' : undefined;
  if (edge.predicate === 'biolink:affects' && edge.objectDirection)
    return edge.objectDirection === 'increased' ? 'INCREASES' : 'DECREASES';
  const exact: Record<string, Predicate> = {
    'biolink:treats': 'TREATS',
    'biolink:treats_or_applied_or_studied_to_treat': 'TREATS',
    'biolink:contraindicated_in': 'CAUTION_FOR',
    'biolink:subclass_of': 'SUBTYPE_OF',
    'biolink:similar_to': 'SIMILAR_TO',
    'biolink:has_input': 'USES',
    'biolink:can_be_carried_out_by': 'PRACTICED_BY',
    'biolink:disease_has_location': 'AFFECTS',
    'biolink:caused_by': 'CAUSED_BY',
  };
  return exact[edge.predicate];
}

/** Who made Fascia's statements, in KGX's terms: curators asserting what sources report. */
export const fasciaKnowledgeSource = 'infores:fascia';
export const fasciaIdPrefix = 'FASCIA:';
/** Fascia's own predicate, in `original_predicate`: `fasciavocab:TREATS`. */
export const fasciaPredicatePrefix = 'fasciavocab:';
