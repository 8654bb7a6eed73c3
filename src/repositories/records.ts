import type { ClaimStatus, EntityKind, EvidenceLevel, Predicate } from '../domain';

/** An entity as repositories read it back (source and study details only on those kinds). */
export interface StoredEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
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

export interface CitationRecord {
  source: string;
  locator: string;
}

export interface EvidenceRecord {
  level: EvidenceLevel;
  certainty: string | null;
  study: string | null;
}

/** A claim as repositories read it back: ends and sources as ids, for the entity loader. */
export interface StoredClaim {
  id: string;
  predicate: Predicate;
  statement: string;
  qualifiers: string[];
  level: EvidenceLevel;
  levelRank: number;
  certainty: string | null;
  status: ClaimStatus;
  statusNote: string | null;
  subject: string;
  object: string;
  study: string | null;
  /** In citation order. */
  citations: CitationRecord[];
  createdAt: string | null;
  updatedAt: string | null;
  /** The claim's ends and cited sources, when the query brought them along. */
  embedded?: StoredEntity[];
}

export interface TreatmentLinkRecord {
  technique: string;
  condition: string;
  claims: StoredClaim[];
  strongestEvidence: EvidenceLevel;
  /** The end that is not the entity asked about, whole, for the entity loader. */
  other?: StoredEntity;
}

/** One page of a longer ordered list, and how long the whole list is. */
export interface Page<T> {
  items: T[];
  total: number;
  hasNextPage: boolean;
}
