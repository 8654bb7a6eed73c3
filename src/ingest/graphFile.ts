import { z } from 'zod';
import { claimKey, claimIdFor, evidenceRank, type ClaimStatus, type EntityKind, type EvidenceLevel, type Predicate } from '../domain';
import * as field from '../domain/validation';

/**
 * The graph file format shared by seed/, `npm run import` and `npm run export`: YAML (or JSON)
 * documents with optional `entities`, `claims` and `redirects` lists. seed/README.md documents it.
 */
export const sourceTypes = ['ARTICLE', 'PAPER', 'CRITIQUE', 'BOOK', 'WEBSITE', 'OTHER'] as const;
export const sourceTiers = ['PRIMARY', 'SECONDARY', 'TERTIARY'] as const;

const sourceDetails = z
  .object({
    type: z.enum(sourceTypes),
    tier: z.enum(sourceTiers),
    authors: z.array(field.text(200)).max(100).optional(),
    journal: field.text(300).optional(),
    year: z.number().int().min(1500).max(2100).optional(),
    citation: field.text(300).optional(),
    pmid: z.string().regex(/^[0-9]{1,9}$/, 'must be a PubMed id (digits)').optional(),
    doi: z.string().regex(/^10\.[0-9]{4,9}\/\S{1,200}$/, 'must be a DOI such as 10.1126/scitranslmed.3002882').optional(),
    url: z.url().max(1000).optional(),
    publisher: field.text(300).optional(),
  })
  .strict();

const studyDetails = z
  .object({
    participants: z.number().int().positive().optional(),
    design: field.text(2_000).optional(),
  })
  .strict();

export const entityEntry = z
  .object({
    id: field.entityId,
    kind: field.entityKind,
    name: field.text(field.limits.name),
    aliases: field.aliases.default([]),
    description: field.text(field.limits.description).nullish(),
    source: sourceDetails.optional(),
    study: studyDetails.optional(),
  })
  .strict()
  .superRefine((entity, ctx) => {
    if (entity.source && entity.kind !== 'SOURCE') ctx.addIssue({ code: 'custom', path: ['source'], message: 'only a SOURCE has source details' });
    if (entity.study && entity.kind !== 'STUDY') ctx.addIssue({ code: 'custom', path: ['study'], message: 'only a STUDY has study details' });
  });

export const claimIdPattern = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/** Statuses that say the claim is in doubt must say why. */
const statusesNeedingNote: ClaimStatus[] = ['CONTESTED', 'OVERSTATED', 'UNSUPPORTED', 'RETRACTED'];

export const claimEntry = z
  .object({
    id: z.string().regex(claimIdPattern, 'must be a claim id such as c-0123456789abcdef').optional(),
    subject: field.entityId,
    predicate: field.predicate,
    object: field.entityId,
    statement: field.text(field.limits.statement),
    qualifiers: field.qualifiers.default([]),
    evidence: field.evidence,
    status: field.claimStatus.default('ASSERTED'),
    statusNote: field.text(field.limits.statusNote).nullish(),
    citations: field.citations,
  })
  .strict()
  .superRefine((claim, ctx) => {
    if (claim.subject === claim.object) ctx.addIssue({ code: 'custom', path: ['object'], message: 'a claim cannot join an entity to itself' });
    if (statusesNeedingNote.includes(claim.status) && !claim.statusNote) {
      ctx.addIssue({ code: 'custom', path: ['statusNote'], message: `status ${claim.status} needs a statusNote saying why` });
    }
  });

export const redirectEntry = z.object({ from: field.entityId, to: field.entityId }).strict();

export const graphFile = z
  .object({
    entities: z.array(z.unknown()).optional(),
    claims: z.array(z.unknown()).optional(),
    redirects: z.array(z.unknown()).optional(),
  })
  .strict();

export type EntityEntry = z.infer<typeof entityEntry>;
export type ClaimEntry = z.infer<typeof claimEntry>;
export type RedirectEntry = z.infer<typeof redirectEntry>;

/** An entity as the loader writes it. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  source?: EntityEntry['source'];
  study?: EntityEntry['study'];
}

/** A claim as the loader writes it: identity resolved, evidence level ranked. */
export interface ClaimRecord {
  id: string;
  key: string;
  subject: string;
  predicate: Predicate;
  object: string;
  statement: string;
  qualifiers: string[];
  level: EvidenceLevel;
  levelRank: number;
  certainty: string | null;
  study: string | null;
  status: ClaimStatus;
  statusNote: string | null;
  citations: Array<{ source: string; locator: string }>;
}

export function toEntityRecord(entry: EntityEntry): EntityRecord {
  const record: EntityRecord = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases,
    description: entry.description ?? null,
  };
  if (entry.source) record.source = entry.source;
  if (entry.study) record.study = entry.study;
  return record;
}

export function toClaimRecord(entry: ClaimEntry): ClaimRecord {
  const key = claimKey({ subject: entry.subject, predicate: entry.predicate, object: entry.object, source: entry.citations[0]!.source });
  return {
    id: entry.id ?? claimIdFor(key),
    key,
    subject: entry.subject,
    predicate: entry.predicate,
    object: entry.object,
    statement: entry.statement,
    qualifiers: entry.qualifiers,
    level: entry.evidence.level,
    levelRank: evidenceRank(entry.evidence.level),
    certainty: entry.evidence.certainty ?? null,
    study: entry.evidence.study ?? null,
    status: entry.status,
    statusNote: entry.statusNote ?? null,
    citations: entry.citations,
  };
}
