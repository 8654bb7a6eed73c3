import type { Certainty, ClaimKind, ClaimStatus, EntityKind, EvidenceLevel, Predicate } from '../domain';
import type { CitationRecord, FlatDetails } from '../domain/records';

/** An entity as repositories read it back: always whole, with its details flat (only on those kinds). */
export interface StoredEntity extends FlatDetails {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[] | null;
  description: string | null;
  /** Starts at 1 and rises by one with every applied write. */
  version: number;
  /** Only id, kind and name were read (a claim's end or source as a summary); resolvers load the rest. */
  partial?: true;
  xrefs?: string[] | null;
  closeXrefs?: string[] | null;
  createdAt: string | null;
  updatedAt: string | null;
  sourceType?: string | null;
  tier?: string | null;
  authors?: string[] | null;
  journal?: string | null;
  year?: number | null;
  citation?: string | null;
  pmid?: string | null;
  doi?: string | null;
  url?: string | null;
  publisher?: string | null;
  participants?: number | null;
  design?: string | null;
}

export type { CitationRecord };

/** A citation as the API reads it: with its source's summary when the read brought one. */
export type CitationRead = CitationRecord & { summary?: StoredEntity };

/**
 * A claim as repositories read it back. Only `id` and `levelRank` are always there: a read
 * projects the fields its query selects (projections.ts), so every other field is present
 * exactly when it was selected (or the read asked for the whole claim).
 */
export interface StoredClaim {
  id: string;
  levelRank: number;
  version?: number;
  predicate?: Predicate;
  statement?: string;
  qualifiers?: string[];
  level?: EvidenceLevel;
  certainty?: Certainty | null;
  status?: ClaimStatus;
  statusNote?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  subject?: string;
  object?: string;
  study?: string | null;
  /** In citation order. */
  citations?: CitationRecord[];
  kind?: ClaimKind;
  measure?: string | null;
  timepoint?: string | null;
  /** Ids of the primary claims this claim reports, and of the claims that report it. */
  reports?: string[];
  reportedBy?: string[];
  /** The claim's ends and cited sources, when the read brought them along whole. */
  embedded?: StoredEntity[];
  /** Its ends and cited sources read as summaries (id, kind, name), by id: for its own resolvers only. */
  summaries?: Record<string, StoredEntity>;
}

export interface EvidenceRecord {
  level: EvidenceLevel;
  certainty: Certainty | null;
  study: string | null;
}

export interface TreatmentLinkRecord {
  technique: string;
  condition: string;
  claims: StoredClaim[];
  strongestEvidence: EvidenceLevel;
  /** The end that is not the entity asked about, whole, for the entity loader (null: the query reads no end). */
  other: StoredEntity | null;
  /** The narrower condition the link is to, whole, when a subtype brought it (includeSubtypes) and the query reads it. */
  narrower: StoredEntity | null;
}

/** One page of a longer ordered list, and how long the whole list is (-1: not counted). */
export interface Page<T> {
  items: T[];
  total: number;
  hasNextPage: boolean;
  /** True when the page was asked for after a cursor: items of the list come before it. */
  hasPreviousPage: boolean;
}

/** A claim read with every field (fullClaimSelection): what writers and the claim loader read. */
export type WholeClaim = Required<Omit<StoredClaim, 'embedded' | 'summaries'>> & Pick<StoredClaim, 'embedded'>;
