import { z } from 'zod';
import type { ClaimRecord, EntityRecord } from '../domain/records';
import { claimKey, claimIdFor, evidenceRank } from '../domain';
import * as field from '../domain/validation';

/**
 * The graph file format shared by seed/, `npm run import` and `npm run export`: YAML (or JSON)
 * documents with optional `entities`, `claims` and `redirects` lists. seed/README.md documents it.
 */
export const entityEntry = z
  .object({
    ...field.entityFields,
    source: field.sourceDetails.optional(),
    study: field.studyDetails.optional(),
    /** Written by export: every recorded write, oldest first; imports restore it. */
    history: field.history.optional(),
  })
  .strict()
  .superRefine(field.detailsFitKind);

export const claimEntry = z
  .object({
    id: field.claimId.optional(),
    ...field.claimFields,
    /** Written by export for a claim a merge retracted as a duplicate or a self-loop. */
    retiredIdentity: z.literal(true).optional(),
    history: field.history.optional(),
  })
  .strict()
  .superRefine(field.claimFieldRules);

export const redirectEntry = z
  .object({ from: field.entityId, to: field.entityId, history: field.history.optional() })
  .strict();

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

export function toEntityRecord(entry: EntityEntry): EntityRecord {
  const record: EntityRecord = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases ?? [],
    description: entry.description ?? null,
    // Exports leave empty lists out; the invariant check reads them without a parse.
    xrefs: entry.xrefs ?? [],
    closeXrefs: entry.closeXrefs ?? [],
  };
  if (entry.source) record.source = entry.source;
  if (entry.study) record.study = entry.study;
  if (entry.history) record.history = entry.history;
  return record;
}

export function toClaimRecord(entry: ClaimEntry): ClaimRecord {
  const key = claimKey({
    subject: entry.subject,
    predicate: entry.predicate,
    object: entry.object,
    source: entry.citations[0]!.source,
  });
  return {
    id: entry.id ?? claimIdFor(key),
    key: entry.retiredIdentity ? null : key,
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
    measure: entry.measure ?? null,
    timepoint: entry.timepoint ?? null,
    reports: entry.reports ?? [],
    ...(entry.history ? { history: entry.history } : {}),
  };
}
