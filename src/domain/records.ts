import type { Certainty, ClaimStatus, EvidenceLevel } from './evidence';
import type { HistoryEvent } from './history';
import type { EntityKind } from './kinds';
import type { Predicate } from './predicates';
import type { SourceDetails, StudyDetails } from './validation';

/*
 * The write model: entities and claims as every writer (seed, imports, curation, merges) hands
 * them to the repositories, and the fields of each that history records. Source and study
 * details are nested here (as in graph files and the API) and flat on the node (one property per
 * field); the two conversions below are the only place that maps one onto the other.
 */

export type { SourceDetails, StudyDetails };

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  source?: SourceDetails;
  study?: StudyDetails;
  /** CURIEs of public vocabularies that mean this same entity, canonical spelling. */
  xrefs: string[];
  /** CURIEs of close concepts (skos:closeMatch). */
  closeXrefs: string[];
  /** The whole history, oldest first, when a backup is restored; absent for new entities. */
  history?: HistoryEvent[];
}

export interface CitationRecord {
  source: string;
  locator: string;
  /** Present only for a source that disputes the claim; ASSERTS otherwise. */
  role?: 'DISPUTES';
}

/** A claim ready to write: identity resolved (key), evidence level ranked. */
export interface ClaimRecord {
  id: string;
  /** The claim's identity (domain/ids.ts); null once the claim gave it up (folded or a self-loop after a merge). */
  key: string | null;
  subject: string;
  predicate: Predicate;
  object: string;
  statement: string;
  qualifiers: string[];
  level: EvidenceLevel;
  levelRank: number;
  certainty: Certainty | null;
  study: string | null;
  status: ClaimStatus;
  statusNote: string | null;
  citations: CitationRecord[];
  /** What was measured and when, for an EFFECT claim from a study. */
  measure: string | null;
  timepoint: string | null;
  /** Ids of the primary claims this claim reports. */
  reports: string[];
  /** The whole history, oldest first, when a backup is restored; absent for new claims. */
  history?: HistoryEvent[];
}

/** An id retired by a merge, and the entity it now resolves to (with the merged entity's history). */
export interface RedirectRecord {
  from: string;
  to: string;
  history?: HistoryEvent[];
}

/** Source details as node properties: the nested field `type` is stored as `sourceType`. */
const sourceProperty = {
  type: 'sourceType',
  tier: 'tier',
  authors: 'authors',
  journal: 'journal',
  year: 'year',
  citation: 'citation',
  pmid: 'pmid',
  doi: 'doi',
  url: 'url',
  publisher: 'publisher',
} as const satisfies Record<keyof SourceDetails, string>;
const studyProperty = {
  participants: 'participants',
  design: 'design',
  designLevel: 'designLevel',
} as const satisfies Record<keyof StudyDetails, string>;

export type FlatDetails = Partial<
  Record<(typeof sourceProperty)[keyof typeof sourceProperty] | keyof StudyDetails, unknown>
>;

/** Every detail property, null where the record has none (so a write clears what was removed). */
export function flatDetails(record: Pick<EntityRecord, 'source' | 'study'>): FlatDetails {
  const flat: Record<string, unknown> = {};
  for (const [field, property] of Object.entries(sourceProperty))
    flat[property] = record.source?.[field as keyof SourceDetails] ?? null;
  for (const [field, property] of Object.entries(studyProperty))
    flat[property] = record.study?.[field as keyof StudyDetails] ?? null;
  return flat as FlatDetails;
}

/**
 * The nested details of flat node properties. A SOURCE without a type has no source details at
 * all (curators may create one without them); a STUDY without participants or design likewise.
 */
export function nestedDetails(flat: FlatDetails & { kind: EntityKind }): Pick<EntityRecord, 'source' | 'study'> {
  const pick = (table: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(table)
        .map(([field, property]) => [field, flat[property as keyof FlatDetails]])
        .filter(([, value]) => value !== null && value !== undefined),
    );
  const source = flat.kind === 'SOURCE' && flat.sourceType ? (pick(sourceProperty) as SourceDetails) : undefined;
  const study = pick(studyProperty) as StudyDetails;
  return {
    ...(source ? { source } : {}),
    ...(flat.kind === 'STUDY' && Object.keys(study).length > 0 ? { study } : {}),
  };
}

/** Empty lists of fields added later are left out of history, so records written before them replay as they did. */
const listOrNull = (list: readonly string[]) => (list.length > 0 ? list : null);

/** An entity's fields as history records them and a curator sees them (search helpers left out). */
export function entityHistoryFields(record: EntityRecord): Record<string, unknown> {
  return {
    kind: record.kind,
    name: record.name,
    aliases: record.aliases,
    description: record.description,
    ...flatDetails(record),
    xrefs: listOrNull(record.xrefs),
    closeXrefs: listOrNull(record.closeXrefs),
  };
}

/** A claim's fields as history records them: its ends, own fields and links. */
export function claimHistoryFields(record: Omit<ClaimRecord, 'id' | 'key' | 'levelRank'>): Record<string, unknown> {
  return {
    subject: record.subject,
    predicate: record.predicate,
    object: record.object,
    statement: record.statement,
    qualifiers: record.qualifiers,
    level: record.level,
    certainty: record.certainty,
    study: record.study,
    status: record.status,
    statusNote: record.statusNote,
    citations: record.citations,
    measure: record.measure,
    timepoint: record.timepoint,
    reports: listOrNull(record.reports),
  };
}
