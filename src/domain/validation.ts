import { z } from 'zod';
import { statusesNeedingNote } from './claimRules';
import { certainties, claimStatuses, evidenceLevels } from './evidence';
import { entityIdProblem } from './ids';
import { entityKinds } from './kinds';
import { locatorFormatHint, parseLocator } from './locator';
import { predicates } from './predicates';

/**
 * Field rules shared by every writer (seed and import files, curation mutations): one place,
 * so the loader and the API cannot drift apart. Limits keep one entity or claim readable and
 * bounded in size.
 */
export const limits = {
  name: 200,
  alias: 120,
  aliases: 50,
  description: 4_000,
  statement: 1_000,
  qualifier: 200,
  qualifiers: 20,
  statusNote: 2_000,
  locator: 300,
  citations: 20,
} as const;

/**
 * Not blank, at most max characters, and no control characters except newlines and tabs. Text
 * is stored exactly as given (never trimmed or rewritten), so what a curator wrote reads back
 * byte for byte.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Characters text may not hold: control characters, and UTF-16 surrogates without their pair
 * (JSON can carry `\ud800`, but no store or client can encode it faithfully, so it is refused
 * rather than silently replaced).
 */
const plainText = (value: z.ZodString) =>
  value
    .refine((text) => !controlCharacter.test(text), 'must not contain control characters')
    .refine((text) => text.isWellFormed(), 'must not contain unpaired UTF-16 surrogates');

export const text = (max: number) =>
  plainText(
    z
      .string()
      .refine((value) => value.trim().length > 0, 'must not be empty')
      .max(max, `must be at most ${max} characters`),
  );

export const entityId = z.string().superRefine((id, ctx) => {
  const problem = entityIdProblem(id);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const entityKind = z.enum(entityKinds);
export const predicate = z
  .enum(predicates as [string, ...string[]])
  .transform((value) => value as (typeof predicates)[number]);
export const evidenceLevel = z.enum(evidenceLevels);
export const certainty = z.enum(certainties);
export const claimStatus = z.enum(claimStatuses);

export const locator = plainText(z.string().max(limits.locator, `must be at most ${limits.locator} characters`)).refine(
  (value) => (parseLocator(value)?.section.trim() ?? '') !== '',
  `must be ${locatorFormatHint}`,
);

export const aliases = z
  .array(text(limits.alias))
  .max(limits.aliases, `at most ${limits.aliases} aliases`)
  .transform((values) => [...new Set(values)]);

export const qualifiers = z
  .array(text(limits.qualifier))
  .max(limits.qualifiers, `at most ${limits.qualifiers} qualifiers`);

export const citation = z.object({ source: entityId, locator }).strict();
export const citations = z
  .array(citation)
  .min(1, 'a claim needs at least one citation')
  .max(limits.citations, `at most ${limits.citations} citations`);

export const evidence = z
  .object({
    level: evidenceLevel,
    certainty: certainty.nullish(),
    study: entityId.nullish(),
  })
  .strict();

/** Turns a zod issue path (['claims', 3, 'evidence', 'level']) into `claims[3].evidence.level`. */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
}

/** An entity's own fields, as every writer accepts them. */
export const entityFields = {
  id: entityId,
  kind: entityKind,
  name: text(limits.name),
  aliases: aliases.default([]),
  description: text(limits.description).nullish(),
};

/** A claim's own fields, as every writer accepts them. */
export const claimFields = {
  subject: entityId,
  predicate,
  object: entityId,
  statement: text(limits.statement),
  qualifiers: qualifiers.default([]),
  evidence,
  status: claimStatus.default('ASSERTED'),
  statusNote: text(limits.statusNote).nullish(),
  citations,
};

/**
 * Rules across a claim's own fields: no self-loop, and a doubtful status says why. A claim that
 * gave up its identity in a merge (a backup's `retiredIdentity`) is retracted, and may be the
 * self-loop the merge left.
 */
export function claimFieldRules(
  claim: { subject: string; object: string; status: string; statusNote?: string | null; retiredIdentity?: boolean },
  ctx: z.RefinementCtx,
): void {
  if (claim.retiredIdentity && claim.status !== 'RETRACTED') {
    ctx.addIssue({
      code: 'custom',
      path: ['retiredIdentity'],
      message: 'only a RETRACTED claim can have given up its identity',
    });
  }
  if (claim.subject === claim.object && !claim.retiredIdentity) {
    ctx.addIssue({ code: 'custom', path: ['object'], message: 'a claim cannot join an entity to itself' });
  }
  if ((statusesNeedingNote as string[]).includes(claim.status) && !claim.statusNote) {
    ctx.addIssue({
      code: 'custom',
      path: ['statusNote'],
      message: `status ${claim.status} needs a statusNote saying why`,
    });
  }
}

/** Bibliographic details, only on SOURCE entities; design details, only on STUDY entities. */
export const sourceTypes = ['ARTICLE', 'PAPER', 'CRITIQUE', 'BOOK', 'WEBSITE', 'OTHER'] as const;
export const sourceTiers = ['PRIMARY', 'SECONDARY', 'TERTIARY'] as const;

export const sourceDetails = z
  .object({
    type: z.enum(sourceTypes),
    tier: z.enum(sourceTiers),
    authors: z.array(text(200)).max(100).optional(),
    journal: text(300).optional(),
    year: z.number().int().min(1500).max(2100).optional(),
    citation: text(300).optional(),
    pmid: z
      .string()
      .regex(/^[0-9]{1,9}$/, 'must be a PubMed id (digits)')
      .optional(),
    doi: z
      .string()
      .regex(/^10\.[0-9]{4,9}\/\S{1,200}$/, 'must be a DOI such as 10.1126/scitranslmed.3002882')
      .optional(),
    // Sources are linked from pages and the explorer: only web addresses, never javascript: or data:.
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .max(1000)
      .optional(),
    publisher: text(300).optional(),
  })
  .strict();

export const studyDetails = z
  .object({
    participants: z.number().int().positive().optional(),
    design: text(2_000).optional(),
  })
  .strict();

/** Source details belong to SOURCE entities and study details to STUDY entities only. */
export function detailsFitKind(
  entity: { kind: string; source?: unknown; study?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (entity.source && entity.kind !== 'SOURCE')
    ctx.addIssue({ code: 'custom', path: ['source'], message: 'only a SOURCE has source details' });
  if (entity.study && entity.kind !== 'STUDY')
    ctx.addIssue({ code: 'custom', path: ['study'], message: 'only a STUDY has study details' });
}

export type SourceDetails = z.infer<typeof sourceDetails>;
export type StudyDetails = z.infer<typeof studyDetails>;

/** One event of a node's history, as backups carry it (docs/model.md, "History"). */
export const historyEvent = z
  .object({
    version: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    actor: text(limits.name),
    action: text(40),
    note: text(limits.statusNote)
      .nullish()
      .transform((value) => value ?? null),
    changes: z.array(
      z.object({ field: text(80), before: z.string().nullable(), after: z.string().nullable() }).strict(),
    ),
  })
  .strict();

export const history = z.array(historyEvent).min(1, 'a history starts with the creation');
