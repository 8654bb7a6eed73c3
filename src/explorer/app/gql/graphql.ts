/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time in UTC, e.g. `2026-11-28T09:30:00.000Z`. */
  DateTime: { input: string; output: string; }
};

/** The running service and its database. */
export type About = {
  __typename?: 'About';
  /** How many claims the graph holds, retracted ones included. */
  claimCount: Scalars['Int']['output'];
  /** How many entities the graph holds. */
  entityCount: Scalars['Int']['output'];
  /** The Neo4j edition: `community` or `enterprise`. */
  neo4jEdition: Scalars['String']['output'];
  /** The Neo4j server version, e.g. `5.26.30`. */
  neo4jVersion: Scalars['String']['output'];
  /** The service's name and version, e.g. `fascia 0.1.0`. */
  service: Scalars['String']['output'];
};

/** A gene, protein or hormone. */
export type Biomarker = Entity & {
  __typename?: 'Biomarker';
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  /** Techniques or substances claimed to lower it (DECREASES, incoming). */
  decreasedBy: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  /** Techniques or substances claimed to raise it (INCREASES, incoming). */
  increasedBy: Array<Entity>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Studies that measured it (STUDIED, incoming). */
  studiedIn: Array<Study>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A gene, protein or hormone. */
export type BiomarkerClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A gene, protein or hormone. */
export type BiomarkerDecreasedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A gene, protein or hormone. */
export type BiomarkerHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A gene, protein or hormone. */
export type BiomarkerIncreasedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A gene, protein or hormone. */
export type BiomarkerStudiedInArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** GRADE certainty of a body of evidence. */
export type Certainty =
  /** Further research is very unlikely to change the estimate. */
  | 'HIGH'
  /** Further research is very likely to change the estimate. */
  | 'LOW'
  /** Further research is likely to have an important impact on the estimate. */
  | 'MODERATE'
  /** Any estimate is very uncertain. */
  | 'VERY_LOW';

/**
 * One recorded write: who did what, when, and each field's value before and after (JSON-encoded).
 * A node's history lists its events in the order the writes were applied, newest first: each
 * event's `before` equals the previous event's `after`, and replaying them gives the node's state.
 */
export type ChangeEvent = {
  __typename?: 'ChangeEvent';
  /** What happened: `create`, `import`, `update`, `status`, `retract`, `merge`, `fold`. */
  action: Scalars['String']['output'];
  /** The token subject of the curator, `seed` for the seed load, `import:<name>` for imports. */
  actor: Scalars['String']['output'];
  /** When the write was committed. */
  at: Scalars['DateTime']['output'];
  /** Each changed field; unchanged fields are not listed. */
  changes: Array<FieldChange>;
  /** The curator's note or reason, when the mutation takes one. */
  note?: Maybe<Scalars['String']['output']>;
  /** The id of the entity or claim written, as it was then (a merged entity's events keep its old id). */
  target: Scalars['ID']['output'];
  /** The node's version after this write; the creation is version 1. */
  version: Scalars['Int']['output'];
};

/** A source document and where in it the claim is made: `"<section heading>" ¶<n>`, `"Abstract"` or `"whole"`. */
export type Citation = {
  __typename?: 'Citation';
  /** Where in the source: `"<section heading>" ¶<n>`, `"Abstract"` or `"whole"` (docs/model.md). */
  locator: Scalars['String']['output'];
  /** Whether the source asserts the claim or disputes it. */
  role: CitationRole;
  /** The SOURCE entity: the document that makes the claim. */
  source: Entity;
};

/** A SOURCE entity and where in it the claim is made: `"<section heading>" ¶<n>`, `"Abstract"` or `"whole"`. */
export type CitationInput = {
  /** Where in the source, in the locator format (docs/model.md). */
  locator: Scalars['String']['input'];
  /** ASSERTS (the default) or DISPUTES; the first citation names who makes the claim and cannot dispute it. */
  role?: InputMaybe<CitationRole>;
  /** The SOURCE entity that makes the claim. */
  source: Scalars['ID']['input'];
};

/** Whether a citation's source asserts the claim or disputes it. */
export type CitationRole =
  /** The source makes the claim. */
  | 'ASSERTS'
  /** The source disputes the claim (a critique citing what it argues against). */
  | 'DISPUTES';

/**
 * One statement linking two entities, with its provenance: who says it (citations), on what evidence,
 * and how it stands after curation (status).
 */
export type Claim = {
  __typename?: 'Claim';
  /** Where the claim is made (or disputed), first citation first; the first names who makes it. */
  citations: Array<Citation>;
  /** How strong the claim's evidence is, and the study it rests on. */
  evidence: Evidence;
  /** Recorded writes to this claim (its creation included), newest first. */
  history: Array<ChangeEvent>;
  /** Stable claim id, e.g. `c-01c95b01430a8e62`. */
  id: Scalars['ID']['output'];
  /** What the claim is about, fixed by its predicate; only EFFECT claims are graded. */
  kind: ClaimKind;
  /** What was measured (e.g. nuclear NF-κB p65 in vastus lateralis), for EFFECT claims from a study. */
  measure?: Maybe<Scalars['String']['output']>;
  /** The entity the subject is related to (`stress` in massage therapy TREATS stress). */
  object: Entity;
  /** How the subject relates to the object. */
  predicate: Predicate;
  /** Population or setting the claim is limited to, e.g. `athletes`. */
  qualifiers: Array<Scalars['String']['output']>;
  /** Claims in other sources that report this one. */
  reportedBy: Array<Claim>;
  /** The primary claims (a study's findings) that this claim reports from another source; its status says how faithfully. */
  reports: Array<Claim>;
  /** The claim in one sentence, in Fascia's own words. */
  statement: Scalars['String']['output'];
  /** Where the claim stands after curation. */
  status: ClaimStatus;
  /** Why the claim has its status (required for CONTESTED, OVERSTATED, UNSUPPORTED and RETRACTED). */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** The entity the claim is about (`massage therapy` in massage therapy TREATS stress). */
  subject: Entity;
  /** When it was measured (e.g. 2.5 h after exercise). */
  timepoint?: Maybe<Scalars['String']['output']>;
  /** Starts at 1 and rises by one with every applied write; give it back as `expectedVersion` to write safely. */
  version: Scalars['Int']['output'];
};


/**
 * One statement linking two entities, with its provenance: who says it (citations), on what evidence,
 * and how it stands after curation (status).
 */
export type ClaimHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page, in list order. */
  edges: Array<ClaimEdge>;
  /** Where this page ends, and whether another follows. */
  pageInfo: PageInfo;
  /** How many claims match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** A claim with its cursor, in a `ClaimConnection`. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Which claims `Query.claims` returns; every condition given must hold. */
export type ClaimFilter = {
  /** Also return RETRACTED claims (implied when `status: RETRACTED`). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Claims of this kind. */
  kind?: InputMaybe<ClaimKind>;
  /** Claims whose evidence is at least this strong. */
  minEvidence?: InputMaybe<EvidenceLevel>;
  /** Claims whose object is this entity. */
  object?: InputMaybe<Scalars['ID']['input']>;
  /** Claims with this predicate. */
  predicate?: InputMaybe<Predicate>;
  /** Claims citing this source. */
  source?: InputMaybe<Scalars['ID']['input']>;
  /** Claims with this status. */
  status?: InputMaybe<ClaimStatus>;
  /** Claims whose subject is this entity. */
  subject?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A new claim. Its identity is (subject, predicate, object, source of the first citation): asserting
 * a claim with an existing identity returns the existing claim unchanged.
 */
export type ClaimInput = {
  /** At least one; every citation needs a locator. */
  citations: Array<CitationInput>;
  /** How strong the claim's evidence is, and the study it rests on. */
  evidence: EvidenceInput;
  /** What was measured, for an EFFECT claim from a study. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** The entity the subject is related to. */
  object: Scalars['ID']['input'];
  /** How the subject relates to the object; it must fit both ends' kinds. */
  predicate: Predicate;
  /** Population or setting the claim is limited to, e.g. `athletes`. */
  qualifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The primary claims (a study's findings) this claim reports from another source. */
  reports?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** One sentence, in your own words. */
  statement: Scalars['String']['input'];
  /** Defaults to ASSERTED. CONTESTED, OVERSTATED, UNSUPPORTED and RETRACTED need a statusNote. */
  status?: InputMaybe<ClaimStatus>;
  /** Why the claim has its status. */
  statusNote?: InputMaybe<Scalars['String']['input']>;
  /** The entity the claim is about. */
  subject: Scalars['ID']['input'];
  /** When it was measured. */
  timepoint?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What a claim is about, fixed by its predicate (docs/model.md, "Claim kinds"). Only EFFECT claims
 * carry an evidence grade; every other claim's level is NOT_GRADED, and a write giving another
 * level is refused.
 */
export type ClaimKind =
  /** SUBTYPE_OF, SIMILAR_TO, AFFECTS: what is a kind of, like, or involves what. */
  | 'CLASSIFICATION'
  /** TREATS, IMPROVES, INCREASES, DECREASES, NO_EFFECT_ON, CAUTION_FOR, ENHANCES, CAUSED_BY: what changes what. */
  | 'EFFECT'
  /** TARGETS, USES, PRACTICED_BY, SPECIALIZES_IN: how care is given. */
  | 'PRACTICE'
  /** CONDUCTED_BY, STUDIED, REPORTED_IN, DEVELOPED_BY, HAS_ROLE: who did what, where it was reported. */
  | 'PROVENANCE';

/** Fields of a claim a curator may change; subject, predicate and object are fixed once asserted. */
export type ClaimPatch = {
  /** Replaces the citation list; the first citation's source is part of the claim's identity. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** Replaces the evidence (level, certainty and study together). */
  evidence?: InputMaybe<EvidenceInput>;
  /** What was measured. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the qualifiers. */
  qualifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the primary claims this claim reports. */
  reports?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new one-sentence statement. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** When it was measured. */
  timepoint?: InputMaybe<Scalars['String']['input']>;
};

/** Which end of a claim an entity stands at. */
export type ClaimRole =
  /** Either end. */
  | 'ANY'
  /** The entity is the claim's object (`stress` in massage therapy TREATS stress). */
  | 'OBJECT'
  /** The entity is the claim's subject (`massage therapy` in massage therapy TREATS stress). */
  | 'SUBJECT';

/** Where a claim stands after curation. */
export type ClaimStatus =
  /** Stated by its source, not checked. */
  | 'ASSERTED'
  /** Other evidence or a credible critique disputes it. */
  | 'CONTESTED'
  /** The source goes beyond its cited evidence. */
  | 'OVERSTATED'
  /** Withdrawn by a curator; kept with its history, never deleted. */
  | 'RETRACTED'
  /** The cited evidence supports it. */
  | 'SUPPORTED'
  /** The cited evidence does not address it. */
  | 'UNSUPPORTED';

/** A condition: a disease, injury, symptom or state. */
export type Condition = Entity & {
  __typename?: 'Condition';
  /** Tissues this condition involves (AFFECTS). */
  affects: Array<Tissue>;
  aliases: Array<Scalars['String']['output']>;
  /** Broader conditions this one is a kind of (SUBTYPE_OF, outgoing). */
  broader: Array<Condition>;
  /** What this condition is claimed to be caused by (CAUSED_BY, outgoing). */
  causes: Array<Entity>;
  /** Techniques that call for care in people with this condition (CAUTION_FOR, incoming). */
  cautions: Array<Technique>;
  claims: ClaimConnection;
  /** Conditions claimed to be caused by this one (CAUSED_BY, incoming). */
  consequences: Array<Condition>;
  /** Techniques or substances claimed to lower it (DECREASES, incoming). */
  decreasedBy: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  /** Techniques or substances claimed to raise this condition's likelihood (INCREASES, incoming). */
  increasedBy: Array<Entity>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Narrower conditions that are kinds of this one (SUBTYPE_OF, incoming). */
  narrower: Array<Condition>;
  /** Organizations and professions that specialise in it (SPECIALIZES_IN, incoming). */
  specialists: Array<Entity>;
  /** Studies that examined it (STUDIED, incoming). */
  studiedIn: Array<Study>;
  /**
   * The techniques claimed to treat this condition, one link per technique and condition, strongest
   * evidence first. Links with no claim that counts as evidence (all RETRACTED, UNSUPPORTED or
   * OVERSTATED) are left out unless `includeUnsupported`.
   */
  treatedBy: Array<TreatmentLink>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionAffectsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionBroaderArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionCausesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionCautionsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionConsequencesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionDecreasedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionIncreasedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionNarrowerArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionSpecialistsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionStudiedInArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A condition: a disease, injury, symptom or state. */
export type ConditionTreatedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeSubtypes?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/**
 * Anything the graph holds knowledge about. Every entity has a stable, human-readable slug id
 * (`myofascial-release`) that never changes; ids retired by a merge keep resolving to the entity
 * they were merged into.
 */
export type Entity = {
  /** Abbreviations and other spellings that search also finds, e.g. `CTS`. */
  aliases: Array<Scalars['String']['output']>;
  /**
   * The claims this entity takes part in, strongest evidence first (then by claim id), as a Relay
   * connection. Retracted claims are left out unless `includeRetracted` is true.
   */
  claims: ClaimConnection;
  /** A short description in Fascia's own words. */
  description?: Maybe<Scalars['String']['output']>;
  /** Recorded writes to this entity (its creation by the seed or an import included), newest first. */
  history: Array<ChangeEvent>;
  /** Stable lower-case slug, e.g. `carpal-tunnel-syndrome`. */
  id: Scalars['ID']['output'];
  /** Which kind of entity this is; also tells which type implements it. */
  kind: EntityKind;
  /** Display name, e.g. `Carpal tunnel syndrome`. */
  name: Scalars['String']['output'];
  /** Starts at 1 and rises by one with every applied write; give it back as `expectedVersion` to write safely. */
  version: Scalars['Int']['output'];
  /** Identifiers in public vocabularies (MeSH, HGNC, UniProtKB, UBERON, DOID, PMID, DOI, …), exact matches first. */
  xrefs: Array<Xref>;
};


/**
 * Anything the graph holds knowledge about. Every entity has a stable, human-readable slug id
 * (`myofascial-release`) that never changes; ids retired by a merge keep resolving to the entity
 * they were merged into.
 */
export type EntityClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/**
 * Anything the graph holds knowledge about. Every entity has a stable, human-readable slug id
 * (`myofascial-release`) that never changes; ids retired by a merge keep resolving to the entity
 * they were merged into.
 */
export type EntityHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page, in id order. */
  edges: Array<EntityEdge>;
  /** Where this page ends, and whether another follows. */
  pageInfo: PageInfo;
  /** How many entities match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An entity with its cursor, in an `EntityConnection`. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this edge; pass as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/**
 * An entity to create, or to update when the id exists. The kind of an existing entity cannot
 * change. Omitted optional fields keep their current value; `description: null` clears it.
 */
export type EntityInput = {
  /** Replaces the alias list when given. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Identifiers of close concepts, as CURIEs; replaces the list when given. */
  closeXrefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description in your own words; null clears it, omitted keeps it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case slug, at most 80 characters, e.g. `myofascial-release`. */
  id: Scalars['ID']['input'];
  /** The entity's kind; an existing entity's kind cannot change. */
  kind: EntityKind;
  /** Display name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Only for kind SOURCE. */
  source?: InputMaybe<SourceDetailsInput>;
  /** Only for kind STUDY. */
  study?: InputMaybe<StudyDetailsInput>;
  /** Identifiers that mean this same entity, as CURIEs (prefix in any case, e.g. `MESH:D002349`); replaces the list when given. */
  xrefs?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The kinds of entity in the graph. Each kind has its own type implementing `Entity`. */
export type EntityKind =
  /** A gene, protein or hormone: PGC-1α, NF-κB, serotonin, … */
  | 'BIOMARKER'
  /** A disease, injury, symptom or state: carpal tunnel syndrome, stress, … */
  | 'CONDITION'
  /** An institution or clinic: McMaster University, … */
  | 'ORGANIZATION'
  /** A measurable result: range of motion, grip strength, mood, … */
  | 'OUTCOME'
  /** A named person: a technique's developer, a study's author. */
  | 'PERSON'
  /** A profession or role: physical therapist, chiropractor, … */
  | 'PRACTITIONER'
  /** A document that claims cite: an article, a paper, a critique. */
  | 'SOURCE'
  /** A piece of research whose findings are claims resting on it. */
  | 'STUDY'
  /** A drug, extract or preparation: Sarapin, blood-thinning medication, … */
  | 'SUBSTANCE'
  /** A hands-on, needle, scent or temperature method: massage therapy, dry needling, … */
  | 'TECHNIQUE'
  /** A tissue or body system: fascia, skeletal muscle, the lymphatic system, … */
  | 'TISSUE';

/**
 * Every value of `extensions.code` in the service's errors, HTTP-level ones included. No field
 * returns it; clients generate it to switch on codes. docs/api.md, "Errors", says what to do
 * about each.
 */
export type ErrorCode =
  /** The request is malformed or unsupported: not JSON, no query, an unknown operation name, a subscription (HTTP 400). */
  | 'BAD_REQUEST'
  /** An argument or input field breaks a rule; `extensions.argument` names it. Nothing was written. */
  | 'BAD_USER_INPUT'
  /** A write's expectedVersion is not the stored version: read again and reapply. Nothing was written. */
  | 'CONFLICT'
  /** The token is valid but lacks the role the operation needs. */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL syntax (HTTP 400). */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not fit the schema: an unknown field, a wrong argument type (HTTP 400). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** A fault of the service; the message says nothing more outside development, and the log has it under the request id. */
  | 'INTERNAL_SERVER_ERROR'
  /** An id named in the request does not exist; `extensions.argument` names which. */
  | 'NOT_FOUND'
  /** The request body is larger than the service accepts (HTTP 413). */
  | 'PAYLOAD_TOO_LARGE'
  /** An automatic persisted query's hash is not known yet: send the document with it. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Automatic persisted queries are turned off. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** The operation exceeds a query limit (depth, aliases, directives, tokens or cost); `extensions.limit` names it (HTTP 400). */
  | 'QUERY_TOO_COMPLEX'
  /** Too many requests from this client; wait for the number of seconds in the Retry-After header (HTTP 429). */
  | 'RATE_LIMITED'
  /** The graph database is unavailable or the service is still starting; retry shortly. */
  | 'SERVICE_UNAVAILABLE'
  /** The database cancelled the query for running past its time limit; ask for less. */
  | 'TIMEOUT'
  /** No valid bearer token for an operation that needs one, or a bad token (HTTP 401). */
  | 'UNAUTHENTICATED';

/** How strong a claim's evidence is, and the study it rests on. */
export type Evidence = {
  __typename?: 'Evidence';
  /** GRADE certainty, where graded. */
  certainty?: Maybe<Certainty>;
  /** The level of evidence, after the Oxford CEBM levels. */
  level: EvidenceLevel;
  /** The study the claim rests on, if any. */
  study?: Maybe<Entity>;
};

/** How strong a claim's evidence is, and the study (a STUDY entity) it rests on. */
export type EvidenceInput = {
  /** GRADE certainty, where graded. */
  certainty?: InputMaybe<Certainty>;
  /** The level of evidence. */
  level: EvidenceLevel;
  /** The STUDY entity the claim rests on. */
  study?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Evidence levels, strongest first, after the Oxford CEBM levels. `minEvidence: X` keeps X and
 * everything stronger. NOT_GRADED: the claim is not about an effect (a bibliographic, practice or
 * classification fact) and never counts as evidence; any `minEvidence` leaves it out.
 */
export type EvidenceLevel =
  /** An assertion with no evidence given. */
  | 'ANECDOTAL'
  /** A case series or case report. */
  | 'CASE_SERIES'
  /** A controlled study without randomisation (e.g. within-subject control). */
  | 'CONTROLLED_STUDY'
  /** The opinion of practitioners or experts, without cited evidence. */
  | 'EXPERT_OPINION'
  /** Reasoning from mechanism, e.g. a clinical benefit inferred from biomarkers. */
  | 'MECHANISTIC'
  /** Not about an effect, so not graded: never evidence. */
  | 'NOT_GRADED'
  /** An observational study (cohort, case-control). */
  | 'OBSERVATIONAL'
  /** A randomised controlled trial. */
  | 'RANDOMIZED_TRIAL'
  /** A systematic review of trials. */
  | 'SYSTEMATIC_REVIEW';

/** One field of one write. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The value after, JSON-encoded; null when the field was removed. */
  after?: Maybe<Scalars['String']['output']>;
  /** The value before, JSON-encoded; null when the field was absent. */
  before?: Maybe<Scalars['String']['output']>;
  /** The field's name, as the API shows it (`statement`, `citations`, `sourceType`, …). */
  field: Scalars['String']['output'];
};

/** Maps one-to-one to a Cytoscape.js edge element: `{ data: { id, source, target, predicate } }`; each edge is one claim. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The whole claim: statement, evidence, citations. */
  claim: Claim;
  /** The claim's id. */
  id: Scalars['ID']['output'];
  /** The claim's evidence level, for styling edges without loading the claim. */
  level: EvidenceLevel;
  /** The claim's predicate, for labelling edges. */
  predicate: Predicate;
  /** The claim's subject's id. */
  source: Scalars['ID']['output'];
  /** The claim's status, for styling edges without loading the claim. */
  status: ClaimStatus;
  /** The claim's object's id. */
  target: Scalars['ID']['output'];
};

/** Maps one-to-one to a Cytoscape.js node element: `{ data: { id, kind, label } }`. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The entity's id. */
  id: Scalars['ID']['output'];
  /** The entity's kind, for styling nodes. */
  kind: EntityKind;
  /** The entity's name, for display. */
  label: Scalars['String']['output'];
};

/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a claim, or returns the existing claim with the same identity. */
  assertClaim: Claim;
  /**
   * Merges one entity into another of the same kind (admin only): every claim and alias moves to
   * `keep`; a claim that would join `keep` to itself is retracted; a claim that would duplicate
   * another folds into the older one (citations merged, the newer retracted with a note); the
   * merged id keeps resolving to `keep`.
   */
  mergeEntities: Entity;
  /** Withdraws a claim: it stays, with status RETRACTED and the reason as its statusNote. */
  retractClaim: Claim;
  /** Sets a claim's status; the note becomes its statusNote. */
  setClaimStatus: Claim;
  /** Changes a claim's statement, qualifiers, evidence or citations; the note says why. */
  updateClaim: Claim;
  /** Creates or updates an entity. */
  upsertEntity: Entity;
};


/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type MutationAssertClaimArgs = {
  input: ClaimInput;
};


/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type MutationRetractClaimArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type MutationSetClaimStatusArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  status: ClaimStatus;
};


/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type MutationUpdateClaimArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  patch: ClaimPatch;
};


/**
 * Curation. Every mutation needs a bearer token (`Authorization: Bearer <jwt>`) whose `roles` claim
 * includes `curator` (merges: `admin`); each runs in one transaction under the write locks of what
 * it changes, so concurrent writes apply one after the other, and records a ChangeEvent. Rule
 * violations answer BAD_USER_INPUT naming the field, and write nothing; a stale `expectedVersion`
 * answers CONFLICT and writes nothing. A patch writes only the fields it names.
 */
export type MutationUpsertEntityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: EntityInput;
};

/** An institution, company or clinic. */
export type Organization = Entity & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** Techniques the organization developed (DEVELOPED_BY, incoming). */
  developed: Array<Technique>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Conditions or techniques the organization specialises in (SPECIALIZES_IN). */
  specializesIn: Array<Entity>;
  /** Studies the organization conducted (CONDUCTED_BY, incoming). */
  studies: Array<Study>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** An institution, company or clinic. */
export type OrganizationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** An institution, company or clinic. */
export type OrganizationDevelopedArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** An institution, company or clinic. */
export type OrganizationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An institution, company or clinic. */
export type OrganizationSpecializesInArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** An institution, company or clinic. */
export type OrganizationStudiesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** A measurable result. */
export type Outcome = Entity & {
  __typename?: 'Outcome';
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  /** Techniques or substances claimed to lower it (DECREASES, incoming). */
  decreasedBy: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  /** Techniques claimed to improve it (IMPROVES, incoming). */
  improvedBy: Array<Technique>;
  /** Techniques or substances claimed to raise it (INCREASES, incoming). */
  increasedBy: Array<Entity>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Studies that measured it (STUDIED, incoming). */
  studiedIn: Array<Study>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A measurable result. */
export type OutcomeClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A measurable result. */
export type OutcomeDecreasedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A measurable result. */
export type OutcomeHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A measurable result. */
export type OutcomeImprovedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A measurable result. */
export type OutcomeIncreasedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A measurable result. */
export type OutcomeStudiedInArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** Relay page information for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge on this page; pass it as `after` for the next page. Null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether a further page exists after this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Whether items of the list come before this page: true when it was asked for `after` a cursor.
   * Lists page forwards only (`first` and `after`), so this never costs a second read.
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge on this page. Null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A path through claims: nodes in order from `from` to `to`, and the claim joining each pair. */
export type Path = {
  __typename?: 'Path';
  /** edges[i] joins nodes[i] and nodes[i+1], in whichever direction the claim points. */
  edges: Array<GraphEdge>;
  /** Number of claims (edges) on the path. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from `from` to `to`. */
  nodes: Array<GraphNode>;
};

/** A named person. */
export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** Techniques the person developed (DEVELOPED_BY, incoming). */
  developed: Array<Technique>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** The person's professions or roles (HAS_ROLE). */
  role: Array<Practitioner>;
  /** Studies the person conducted (CONDUCTED_BY, incoming). */
  studies: Array<Study>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A named person. */
export type PersonClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A named person. */
export type PersonDevelopedArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A named person. */
export type PersonHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonRoleArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A named person. */
export type PersonStudiesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** A profession or role, such as physical therapist. */
export type Practitioner = Entity & {
  __typename?: 'Practitioner';
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** People who work in this role (HAS_ROLE, incoming). */
  people: Array<Person>;
  /** Techniques this profession delivers (PRACTICED_BY, incoming). */
  practices: Array<Technique>;
  /** Conditions or techniques this profession specialises in (SPECIALIZES_IN). */
  specializesIn: Array<Entity>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A profession or role, such as physical therapist. */
export type PractitionerClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A profession or role, such as physical therapist. */
export type PractitionerHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A profession or role, such as physical therapist. */
export type PractitionerPeopleArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A profession or role, such as physical therapist. */
export type PractitionerPracticesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A profession or role, such as physical therapist. */
export type PractitionerSpecializesInArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** The closed vocabulary of relations; each value says which kinds it joins (docs/model.md has the table). */
export type Predicate =
  /** CONDITION → TISSUE: involves or damages it. */
  | 'AFFECTS'
  /** CONDITION → CONDITION or OUTCOME: results from it. */
  | 'CAUSED_BY'
  /** TECHNIQUE → CONDITION or SUBSTANCE: care is needed for people with it or taking it. */
  | 'CAUTION_FOR'
  /** STUDY → ORGANIZATION or PERSON: carried out by. */
  | 'CONDUCTED_BY'
  /** TECHNIQUE or SUBSTANCE → BIOMARKER, OUTCOME or CONDITION: lowers it. */
  | 'DECREASES'
  /** TECHNIQUE → PERSON or ORGANIZATION: first developed by. */
  | 'DEVELOPED_BY'
  /** TECHNIQUE → TECHNIQUE: adds to its benefits when combined. */
  | 'ENHANCES'
  /** PERSON → PRACTITIONER: works in this role. */
  | 'HAS_ROLE'
  /** TECHNIQUE → OUTCOME: improves it. */
  | 'IMPROVES'
  /** TECHNIQUE or SUBSTANCE → BIOMARKER, OUTCOME or CONDITION: raises it. */
  | 'INCREASES'
  /** TECHNIQUE or SUBSTANCE → BIOMARKER, OUTCOME or CONDITION: measured, and found not to change it (a null result). */
  | 'NO_EFFECT_ON'
  /** TECHNIQUE → PRACTITIONER: delivered by this profession. */
  | 'PRACTICED_BY'
  /** STUDY → SOURCE: reported in this document. */
  | 'REPORTED_IN'
  /** TECHNIQUE ↔ TECHNIQUE: resembles (symmetric, stored once). */
  | 'SIMILAR_TO'
  /** ORGANIZATION or PRACTITIONER → CONDITION or TECHNIQUE: focuses on it. */
  | 'SPECIALIZES_IN'
  /** STUDY → TECHNIQUE, CONDITION, BIOMARKER or OUTCOME: measured or examined it. */
  | 'STUDIED'
  /** TECHNIQUE → TECHNIQUE, CONDITION → CONDITION: a narrower kind of. */
  | 'SUBTYPE_OF'
  /** TECHNIQUE → TISSUE: works on it. */
  | 'TARGETS'
  /** TECHNIQUE → CONDITION: used to treat or relieve it. */
  | 'TREATS'
  /** TECHNIQUE → SUBSTANCE: uses it. */
  | 'USES';

/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type Query = {
  __typename?: 'Query';
  /** Facts about this service and the Neo4j database behind it. Touches the database, so it doubles as a round-trip check. */
  about: About;
  /** The claim with this id; null when there is none. */
  claim?: Maybe<Claim>;
  /** Claims matching the filter, strongest evidence first (then by id), as a Relay connection. An unknown id in the filter is NOT_FOUND. */
  claims: ClaimConnection;
  /** Entities in id order, optionally of one kind, as a Relay connection. */
  entities: EntityConnection;
  /** The entity with this id (or the entity a merged id now points to); null when there is none. */
  entity?: Maybe<Entity>;
  /** The entity with this identifier (an exact or close match), or null; the prefix matches case-insensitively (`mesh:D002349`). */
  entityByXref?: Maybe<Entity>;
  /** limit caps nodes plus edges; the root is always kept; both ends of every edge are in nodes. */
  neighborhood: Subgraph;
  /** Up to first shortest paths, shortest first; maxLength counts claims (edges), either direction. */
  paths: Array<Path>;
  /** Entities related to this one through shared neighbours, most related first; ties break by name, then id. Unknown id: NOT_FOUND. */
  related: Array<Related>;
  /**
   * Entities whose names or aliases match `text`, best first. Forgives typos, matches prefixes for
   * search-as-you-type, ranks an exact name or alias first, and finds an entity by an identifier
   * (`MESH:D002349`, prefix in any case) with score 1. Any text is accepted: query syntax in it is
   * treated as plain words, and text without letters or digits finds nothing.
   */
  search: Array<SearchHit>;
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryEntityByXrefArgs = {
  curie: Scalars['String']['input'];
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QueryRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root query type. Each domain's schema file extends it (entity.graphql, claim.graphql,
 * explore.graphql); this file holds the service's own facts.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** A related entity and its score. Every result is explained: by shared neighbours (`via`), by claims joining the two directly (`claims`), or both. */
export type Related = {
  __typename?: 'Related';
  /** The claims joining the two entities directly, strongest first (at most 5). */
  claims: Array<Claim>;
  /** The related entity. */
  entity: Entity;
  /**
   * Adamic–Adar over shared neighbours, weighted by the evidence of the claims on both sides, plus
   * the weight of a direct claim if there is one (docs/explore.md). Higher is more related.
   */
  score: Scalars['Float']['output'];
  /** The shared neighbours that contribute most to the score, most first (at most 5). */
  via: Array<Entity>;
};

/** A search result: an entity and how well it matches. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance in [0, 1]: 1 for an exact name or alias, otherwise full-text relevance relative to the best hit. */
  score: Scalars['Float']['output'];
};

/** A document that claims cite. */
export type Source = Entity & {
  __typename?: 'Source';
  aliases: Array<Scalars['String']['output']>;
  /** Authors as cited, e.g. `Crane JD`. */
  authors: Array<Scalars['String']['output']>;
  /** Bibliographic citation, e.g. `Sci Transl Med. 2012 Feb 1;4(119):119ra13`. */
  citation?: Maybe<Scalars['String']['output']>;
  /** The claims that cite this source, strongest evidence first. */
  citedBy: ClaimConnection;
  claims: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** Digital Object Identifier. */
  doi?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  /** Journal name, for papers. */
  journal?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** PubMed id. */
  pmid?: Maybe<Scalars['String']['output']>;
  /** Who published it. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Studies reported in this source (REPORTED_IN, incoming). */
  reports: Array<Study>;
  /** Article, paper, critique, … */
  sourceType?: Maybe<SourceType>;
  /** Primary (reports evidence) or secondary (reports on reports). */
  tier?: Maybe<SourceTier>;
  /** Where to read it. */
  url?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
  /** Year of publication. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A document that claims cite. */
export type SourceCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A document that claims cite. */
export type SourceClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A document that claims cite. */
export type SourceHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document that claims cite. */
export type SourceReportsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** Bibliographic details of a SOURCE. */
export type SourceDetailsInput = {
  /** Authors as cited, e.g. `Crane JD`. */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Bibliographic citation, e.g. `Sci Transl Med. 2012 Feb 1;4(119):119ra13`. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** DOI, e.g. `10.1126/scitranslmed.3002882`. */
  doi?: InputMaybe<Scalars['String']['input']>;
  /** Journal name, for papers. */
  journal?: InputMaybe<Scalars['String']['input']>;
  /** PubMed id: digits only. */
  pmid?: InputMaybe<Scalars['String']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** What kind of document it is. */
  sourceType: SourceType;
  /** How close it is to the evidence. */
  tier: SourceTier;
  /** Where to read it: an http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Year of publication, 1500 to 2100. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** How close a source is to the evidence: PRIMARY reports it, SECONDARY reports on others' reports. */
export type SourceTier =
  /** Reports evidence first-hand (a study's own paper). */
  | 'PRIMARY'
  /** Reports on primary sources (an article about a study). */
  | 'SECONDARY'
  /** Summarises secondary sources (an encyclopaedia entry). */
  | 'TERTIARY';

/** What kind of document a source is. */
export type SourceType =
  /** A piece of journalism or a web article. */
  | 'ARTICLE'
  /** A book or a chapter of one. */
  | 'BOOK'
  /** A document that appraises another source. */
  | 'CRITIQUE'
  /** Anything else. */
  | 'OTHER'
  /** A research paper in a journal. */
  | 'PAPER'
  /** A website or web page that is not an article. */
  | 'WEBSITE';

/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type Study = Entity & {
  __typename?: 'Study';
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  /** Who carried it out (CONDUCTED_BY). */
  conductedBy: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  /** How the study was done, in brief. */
  design?: Maybe<Scalars['String']['output']>;
  /** The level of evidence its design gives its findings, e.g. CONTROLLED_STUDY for a within-subject control. */
  designLevel?: Maybe<EvidenceLevel>;
  /**
   * What the study found: the EFFECT claims resting on it at its design level that cite a PRIMARY
   * report of it, null results (NO_EFFECT_ON) included, strongest first; never OVERSTATED or
   * UNSUPPORTED claims, and retracted ones only when asked.
   */
  findings: Array<Claim>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** How many people took part, when known. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** The documents that report it (REPORTED_IN). */
  publication: Array<Source>;
  /** What it measured or examined (STUDIED). */
  studied: Array<Entity>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type StudyClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type StudyConductedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type StudyFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type StudyHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type StudyPublicationArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/**
 * A study. Its findings are the EFFECT claims whose evidence rests on it, at its design level, that
 * cite a PRIMARY report of it (null results included), never OVERSTATED or UNSUPPORTED ones; what
 * other sources say about a finding is in the finding's `reportedBy`.
 */
export type StudyStudiedArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** Design details of a STUDY. */
export type StudyDetailsInput = {
  /** How the study was done, in brief. */
  design?: InputMaybe<Scalars['String']['input']>;
  /** The level of evidence its design gives its findings (a graded level). */
  designLevel?: InputMaybe<EvidenceLevel>;
  /** How many people took part. */
  participants?: InputMaybe<Scalars['Int']['input']>;
};

/** Nodes and edges ready to draw; both ends of every edge are in `nodes`. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The claims between them. */
  edges: Array<GraphEdge>;
  /** The entities, the root first. */
  nodes: Array<GraphNode>;
  /** True when `limit` cut the neighbourhood: more claims exist within `depth` than were returned. */
  truncated: Scalars['Boolean']['output'];
};

/** A drug, extract or other preparation. */
export type Substance = Entity & {
  __typename?: 'Substance';
  aliases: Array<Scalars['String']['output']>;
  /** Techniques that call for care in people taking it (CAUTION_FOR, incoming). */
  cautions: Array<Technique>;
  claims: ClaimConnection;
  /** What it is claimed to lower (DECREASES). */
  decreases: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  /** What it is claimed to raise (INCREASES). */
  increases: Array<Entity>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Techniques that use it (USES, incoming). */
  usedBy: Array<Technique>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A drug, extract or other preparation. */
export type SubstanceCautionsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A drug, extract or other preparation. */
export type SubstanceClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A drug, extract or other preparation. */
export type SubstanceDecreasesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A drug, extract or other preparation. */
export type SubstanceHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A drug, extract or other preparation. */
export type SubstanceIncreasesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A drug, extract or other preparation. */
export type SubstanceUsedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** A technique: a method practitioners apply to the body. */
export type Technique = Entity & {
  __typename?: 'Technique';
  aliases: Array<Scalars['String']['output']>;
  /** Broader techniques this one is a kind of (SUBTYPE_OF, outgoing). */
  broader: Array<Technique>;
  /** Conditions and substances that call for care with this technique (CAUTION_FOR). */
  cautions: Array<Entity>;
  claims: ClaimConnection;
  /** Biomarkers, outcomes or conditions this technique is claimed to lower (DECREASES). */
  decreases: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  /** People or organizations that developed this technique (DEVELOPED_BY). */
  developedBy: Array<Entity>;
  /** Techniques that add to this one's benefits (ENHANCES, incoming). */
  enhancedBy: Array<Technique>;
  /** Techniques whose benefits this one adds to (ENHANCES, outgoing). */
  enhances: Array<Technique>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  /** Outcomes this technique is claimed to improve (IMPROVES). */
  improves: Array<Outcome>;
  /** Biomarkers, outcomes or conditions this technique is claimed to raise (INCREASES). */
  increases: Array<Entity>;
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Narrower techniques that are kinds of this one (SUBTYPE_OF, incoming). */
  narrower: Array<Technique>;
  /** Professions that deliver this technique (PRACTICED_BY). */
  practicedBy: Array<Practitioner>;
  /** Techniques this one resembles (SIMILAR_TO, either direction). */
  similarTo: Array<Technique>;
  /** Studies that examined this technique (STUDIED, incoming). */
  studiedIn: Array<Study>;
  /** Tissues this technique works on (TARGETS). */
  targets: Array<Tissue>;
  /**
   * The conditions this technique is claimed to treat, one link per condition, strongest evidence
   * first. Links with no claim that counts as evidence (all RETRACTED, UNSUPPORTED or OVERSTATED)
   * are left out unless `includeUnsupported`.
   */
  treats: Array<TreatmentLink>;
  /** Substances this technique uses (USES). */
  uses: Array<Substance>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueBroaderArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueCautionsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueDecreasesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueDevelopedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueEnhancedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueEnhancesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueImprovesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueIncreasesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueNarrowerArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniquePracticedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueSimilarToArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueStudiedInArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueTargetsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueTreatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A technique: a method practitioners apply to the body. */
export type TechniqueUsesArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/** A tissue or body system. */
export type Tissue = Entity & {
  __typename?: 'Tissue';
  /** Conditions that involve this tissue (AFFECTS, incoming). */
  affectedBy: Array<Condition>;
  aliases: Array<Scalars['String']['output']>;
  claims: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  history: Array<ChangeEvent>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Techniques that work on this tissue (TARGETS, incoming). */
  targetedBy: Array<Technique>;
  version: Scalars['Int']['output'];
  xrefs: Array<Xref>;
};


/** A tissue or body system. */
export type TissueAffectedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};


/** A tissue or body system. */
export type TissueClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  role?: InputMaybe<ClaimRole>;
};


/** A tissue or body system. */
export type TissueHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A tissue or body system. */
export type TissueTargetedByArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUnsupported?: InputMaybe<Scalars['Boolean']['input']>;
  minEvidence?: InputMaybe<EvidenceLevel>;
};

/**
 * The TREATS claims from one technique to one condition. Retracted claims are left out unless asked
 * for; strongestEvidence is the strongest level among the claims that count as evidence (not
 * RETRACTED, UNSUPPORTED or OVERSTATED), or NOT_GRADED when none does; minEvidence keeps the links
 * whose strongestEvidence is at least that strong.
 */
export type TreatmentLink = {
  __typename?: 'TreatmentLink';
  /** The TREATS claims behind the link, strongest evidence first. */
  claims: Array<Claim>;
  /** The condition it is claimed to treat. */
  condition: Condition;
  /** The strongest level among the link's claims that count as evidence; NOT_GRADED when none does. */
  strongestEvidence: EvidenceLevel;
  /** The technique claimed to treat the condition. */
  technique: Technique;
};

/**
 * An identifier of an entity in a public vocabulary: a CURIE with a Biolink Model prefix (MESH:D002349,
 * HGNC:9237, PMID:22301554). docs/model.md, "Identifiers", lists the prefixes.
 */
export type Xref = {
  __typename?: 'Xref';
  /** The CURIE, its prefix spelt as the Biolink Model's prefix map spells it, e.g. `MESH:D002349`. */
  curie: Scalars['String']['output'];
  /** The identifier within the vocabulary, e.g. `D002349`. */
  localId: Scalars['String']['output'];
  /** Whether the identifier means this same entity (EXACT) or a concept close to it (CLOSE). */
  match: XrefMatch;
  /** The vocabulary, e.g. `MESH`. */
  prefix: Scalars['String']['output'];
  /** A page about the identifier. */
  url?: Maybe<Scalars['String']['output']>;
};

/** How closely an identifier's concept matches the entity (SKOS mapping relations). */
export type XrefMatch =
  /** A close concept whose scope differs slightly (skos:closeMatch), e.g. Glycogen for muscle glycogen. */
  | 'CLOSE'
  /** The same concept (skos:exactMatch). */
  | 'EXACT';

export type DrawnNodeFragment = { __typename?: 'GraphNode', id: string, kind: EntityKind, label: string };

export type DrawnEdgeFragment = { __typename?: 'GraphEdge', id: string, source: string, target: string, predicate: Predicate, level: EvidenceLevel, status: ClaimStatus };

export type NeighborhoodQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minEvidence?: InputMaybe<EvidenceLevel>;
}>;


export type NeighborhoodQuery = { __typename?: 'Query', neighborhood: { __typename?: 'Subgraph', truncated: boolean, nodes: Array<{ __typename?: 'GraphNode', id: string, kind: EntityKind, label: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, predicate: Predicate, level: EvidenceLevel, status: ClaimStatus }> } };

export type SearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', entity:
      | { __typename?: 'Biomarker', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Condition', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Outcome', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Practitioner', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Source', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Study', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Substance', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Technique', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Tissue', id: string, name: string, kind: EntityKind }
     }> };

export type ClaimQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClaimQuery = { __typename?: 'Query', claim?: { __typename?: 'Claim', id: string, kind: ClaimKind, statement: string, predicate: Predicate, status: ClaimStatus, statusNote?: string | null, evidence: { __typename?: 'Evidence', level: EvidenceLevel, certainty?: Certainty | null, study?:
        | { __typename?: 'Biomarker', name: string }
        | { __typename?: 'Condition', name: string }
        | { __typename?: 'Organization', name: string }
        | { __typename?: 'Outcome', name: string }
        | { __typename?: 'Person', name: string }
        | { __typename?: 'Practitioner', name: string }
        | { __typename?: 'Source', name: string }
        | { __typename?: 'Study', name: string }
        | { __typename?: 'Substance', name: string }
        | { __typename?: 'Technique', name: string }
        | { __typename?: 'Tissue', name: string }
       | null }, subject:
      | { __typename?: 'Biomarker', name: string }
      | { __typename?: 'Condition', name: string }
      | { __typename?: 'Organization', name: string }
      | { __typename?: 'Outcome', name: string }
      | { __typename?: 'Person', name: string }
      | { __typename?: 'Practitioner', name: string }
      | { __typename?: 'Source', name: string }
      | { __typename?: 'Study', name: string }
      | { __typename?: 'Substance', name: string }
      | { __typename?: 'Technique', name: string }
      | { __typename?: 'Tissue', name: string }
    , object:
      | { __typename?: 'Biomarker', name: string }
      | { __typename?: 'Condition', name: string }
      | { __typename?: 'Organization', name: string }
      | { __typename?: 'Outcome', name: string }
      | { __typename?: 'Person', name: string }
      | { __typename?: 'Practitioner', name: string }
      | { __typename?: 'Source', name: string }
      | { __typename?: 'Study', name: string }
      | { __typename?: 'Substance', name: string }
      | { __typename?: 'Technique', name: string }
      | { __typename?: 'Tissue', name: string }
    , citations: Array<{ __typename?: 'Citation', locator: string, role: CitationRole, source:
        | { __typename?: 'Biomarker', id: string, name: string }
        | { __typename?: 'Condition', id: string, name: string }
        | { __typename?: 'Organization', id: string, name: string }
        | { __typename?: 'Outcome', id: string, name: string }
        | { __typename?: 'Person', id: string, name: string }
        | { __typename?: 'Practitioner', id: string, name: string }
        | { __typename?: 'Source', url?: string | null, pmid?: string | null, doi?: string | null, id: string, name: string }
        | { __typename?: 'Study', id: string, name: string }
        | { __typename?: 'Substance', id: string, name: string }
        | { __typename?: 'Technique', id: string, name: string }
        | { __typename?: 'Tissue', id: string, name: string }
       }> } | null };

export type PathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type PathQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'Path', length: number, nodes: Array<{ __typename?: 'GraphNode', id: string, kind: EntityKind, label: string }>, edges: Array<{ __typename?: 'GraphEdge', id: string, source: string, target: string, predicate: Predicate, level: EvidenceLevel, status: ClaimStatus }> }> };

export type EntityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntityQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Biomarker', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Condition', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Organization', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Outcome', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Person', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Practitioner', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Source', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Study', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Substance', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Technique', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
    | { __typename?: 'Tissue', id: string, kind: EntityKind, name: string, description?: string | null, xrefs: Array<{ __typename?: 'Xref', curie: string, url?: string | null, match: XrefMatch }> }
   | null };

export type RelatedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RelatedQuery = { __typename?: 'Query', related: Array<{ __typename?: 'Related', score: number, entity:
      | { __typename?: 'Biomarker', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Condition', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Organization', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Outcome', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Person', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Practitioner', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Source', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Study', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Substance', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Technique', id: string, name: string, kind: EntityKind }
      | { __typename?: 'Tissue', id: string, name: string, kind: EntityKind }
    , via: Array<
      | { __typename?: 'Biomarker', name: string }
      | { __typename?: 'Condition', name: string }
      | { __typename?: 'Organization', name: string }
      | { __typename?: 'Outcome', name: string }
      | { __typename?: 'Person', name: string }
      | { __typename?: 'Practitioner', name: string }
      | { __typename?: 'Source', name: string }
      | { __typename?: 'Study', name: string }
      | { __typename?: 'Substance', name: string }
      | { __typename?: 'Technique', name: string }
      | { __typename?: 'Tissue', name: string }
    >, claims: Array<{ __typename?: 'Claim', predicate: Predicate }> }> };

export type CsvClaimFragment = { __typename?: 'Claim', id: string, statement: string, predicate: Predicate, kind: ClaimKind, status: ClaimStatus, subject:
    | { __typename?: 'Biomarker', id: string }
    | { __typename?: 'Condition', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'Outcome', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'Practitioner', id: string }
    | { __typename?: 'Source', id: string }
    | { __typename?: 'Study', id: string }
    | { __typename?: 'Substance', id: string }
    | { __typename?: 'Technique', id: string }
    | { __typename?: 'Tissue', id: string }
  , object:
    | { __typename?: 'Biomarker', id: string }
    | { __typename?: 'Condition', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'Outcome', id: string }
    | { __typename?: 'Person', id: string }
    | { __typename?: 'Practitioner', id: string }
    | { __typename?: 'Source', id: string }
    | { __typename?: 'Study', id: string }
    | { __typename?: 'Substance', id: string }
    | { __typename?: 'Technique', id: string }
    | { __typename?: 'Tissue', id: string }
  , evidence: { __typename?: 'Evidence', level: EvidenceLevel, certainty?: Certainty | null }, citations: Array<{ __typename?: 'Citation', locator: string, role: CitationRole, source:
      | { __typename?: 'Biomarker', id: string }
      | { __typename?: 'Condition', id: string }
      | { __typename?: 'Organization', id: string }
      | { __typename?: 'Outcome', id: string }
      | { __typename?: 'Person', id: string }
      | { __typename?: 'Practitioner', id: string }
      | { __typename?: 'Source', id: string }
      | { __typename?: 'Study', id: string }
      | { __typename?: 'Substance', id: string }
      | { __typename?: 'Technique', id: string }
      | { __typename?: 'Tissue', id: string }
     }> };

export type NeighborhoodClaimsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  minEvidence?: InputMaybe<EvidenceLevel>;
}>;


export type NeighborhoodClaimsQuery = { __typename?: 'Query', neighborhood: { __typename?: 'Subgraph', edges: Array<{ __typename?: 'GraphEdge', claim: { __typename?: 'Claim', id: string, statement: string, predicate: Predicate, kind: ClaimKind, status: ClaimStatus, subject:
          | { __typename?: 'Biomarker', id: string }
          | { __typename?: 'Condition', id: string }
          | { __typename?: 'Organization', id: string }
          | { __typename?: 'Outcome', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Practitioner', id: string }
          | { __typename?: 'Source', id: string }
          | { __typename?: 'Study', id: string }
          | { __typename?: 'Substance', id: string }
          | { __typename?: 'Technique', id: string }
          | { __typename?: 'Tissue', id: string }
        , object:
          | { __typename?: 'Biomarker', id: string }
          | { __typename?: 'Condition', id: string }
          | { __typename?: 'Organization', id: string }
          | { __typename?: 'Outcome', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Practitioner', id: string }
          | { __typename?: 'Source', id: string }
          | { __typename?: 'Study', id: string }
          | { __typename?: 'Substance', id: string }
          | { __typename?: 'Technique', id: string }
          | { __typename?: 'Tissue', id: string }
        , evidence: { __typename?: 'Evidence', level: EvidenceLevel, certainty?: Certainty | null }, citations: Array<{ __typename?: 'Citation', locator: string, role: CitationRole, source:
            | { __typename?: 'Biomarker', id: string }
            | { __typename?: 'Condition', id: string }
            | { __typename?: 'Organization', id: string }
            | { __typename?: 'Outcome', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Practitioner', id: string }
            | { __typename?: 'Source', id: string }
            | { __typename?: 'Study', id: string }
            | { __typename?: 'Substance', id: string }
            | { __typename?: 'Technique', id: string }
            | { __typename?: 'Tissue', id: string }
           }> } }> } };

export type PathClaimsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type PathClaimsQuery = { __typename?: 'Query', paths: Array<{ __typename?: 'Path', edges: Array<{ __typename?: 'GraphEdge', claim: { __typename?: 'Claim', id: string, statement: string, predicate: Predicate, kind: ClaimKind, status: ClaimStatus, subject:
          | { __typename?: 'Biomarker', id: string }
          | { __typename?: 'Condition', id: string }
          | { __typename?: 'Organization', id: string }
          | { __typename?: 'Outcome', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Practitioner', id: string }
          | { __typename?: 'Source', id: string }
          | { __typename?: 'Study', id: string }
          | { __typename?: 'Substance', id: string }
          | { __typename?: 'Technique', id: string }
          | { __typename?: 'Tissue', id: string }
        , object:
          | { __typename?: 'Biomarker', id: string }
          | { __typename?: 'Condition', id: string }
          | { __typename?: 'Organization', id: string }
          | { __typename?: 'Outcome', id: string }
          | { __typename?: 'Person', id: string }
          | { __typename?: 'Practitioner', id: string }
          | { __typename?: 'Source', id: string }
          | { __typename?: 'Study', id: string }
          | { __typename?: 'Substance', id: string }
          | { __typename?: 'Technique', id: string }
          | { __typename?: 'Tissue', id: string }
        , evidence: { __typename?: 'Evidence', level: EvidenceLevel, certainty?: Certainty | null }, citations: Array<{ __typename?: 'Citation', locator: string, role: CitationRole, source:
            | { __typename?: 'Biomarker', id: string }
            | { __typename?: 'Condition', id: string }
            | { __typename?: 'Organization', id: string }
            | { __typename?: 'Outcome', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Practitioner', id: string }
            | { __typename?: 'Source', id: string }
            | { __typename?: 'Study', id: string }
            | { __typename?: 'Substance', id: string }
            | { __typename?: 'Technique', id: string }
            | { __typename?: 'Tissue', id: string }
           }> } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DrawnNodeFragmentDoc = new TypedDocumentString(`
    fragment DrawnNode on GraphNode {
  id
  kind
  label
}
    `, {"fragmentName":"DrawnNode"}) as unknown as TypedDocumentString<DrawnNodeFragment, unknown>;
export const DrawnEdgeFragmentDoc = new TypedDocumentString(`
    fragment DrawnEdge on GraphEdge {
  id
  source
  target
  predicate
  level
  status
}
    `, {"fragmentName":"DrawnEdge"}) as unknown as TypedDocumentString<DrawnEdgeFragment, unknown>;
export const CsvClaimFragmentDoc = new TypedDocumentString(`
    fragment CsvClaim on Claim {
  id
  statement
  subject {
    id
  }
  predicate
  object {
    id
  }
  kind
  evidence {
    level
    certainty
  }
  status
  citations {
    locator
    role
    source {
      id
    }
  }
}
    `, {"fragmentName":"CsvClaim"}) as unknown as TypedDocumentString<CsvClaimFragment, unknown>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $minEvidence: EvidenceLevel) {
  neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {
    truncated
    nodes {
      ...DrawnNode
    }
    edges {
      ...DrawnEdge
    }
  }
}
    fragment DrawnNode on GraphNode {
  id
  kind
  label
}
fragment DrawnEdge on GraphEdge {
  id
  source
  target
  predicate
  level
  status
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!) {
  search(text: $text, first: 10) {
    entity {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ClaimDocument = new TypedDocumentString(`
    query Claim($id: ID!) {
  claim(id: $id) {
    id
    kind
    statement
    predicate
    status
    statusNote
    evidence {
      level
      certainty
      study {
        name
      }
    }
    subject {
      name
    }
    object {
      name
    }
    citations {
      locator
      role
      source {
        id
        name
        ... on Source {
          url
          pmid
          doi
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimQuery, ClaimQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 6, first: 1) {
    length
    nodes {
      ...DrawnNode
    }
    edges {
      ...DrawnEdge
    }
  }
}
    fragment DrawnNode on GraphNode {
  id
  kind
  label
}
fragment DrawnEdge on GraphEdge {
  id
  source
  target
  predicate
  level
  status
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    id
    kind
    name
    description
    xrefs {
      curie
      url
      match
    }
  }
}
    `) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const RelatedDocument = new TypedDocumentString(`
    query Related($id: ID!) {
  related(id: $id, first: 8) {
    score
    entity {
      id
      name
      kind
    }
    via {
      name
    }
    claims {
      predicate
    }
  }
}
    `) as unknown as TypedDocumentString<RelatedQuery, RelatedQueryVariables>;
export const NeighborhoodClaimsDocument = new TypedDocumentString(`
    query NeighborhoodClaims($id: ID!, $minEvidence: EvidenceLevel) {
  neighborhood(id: $id, depth: 1, limit: 150, minEvidence: $minEvidence) {
    edges {
      claim {
        ...CsvClaim
      }
    }
  }
}
    fragment CsvClaim on Claim {
  id
  statement
  subject {
    id
  }
  predicate
  object {
    id
  }
  kind
  evidence {
    level
    certainty
  }
  status
  citations {
    locator
    role
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<NeighborhoodClaimsQuery, NeighborhoodClaimsQueryVariables>;
export const PathClaimsDocument = new TypedDocumentString(`
    query PathClaims($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 6, first: 1) {
    edges {
      claim {
        ...CsvClaim
      }
    }
  }
}
    fragment CsvClaim on Claim {
  id
  statement
  subject {
    id
  }
  predicate
  object {
    id
  }
  kind
  evidence {
    level
    certainty
  }
  status
  citations {
    locator
    role
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<PathClaimsQuery, PathClaimsQueryVariables>;