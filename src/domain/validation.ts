import { z } from 'zod';
import { statusesNeedingNote } from './claimRules';
import { citationRoles } from './citations';
import { certainties, claimStatuses, evidenceLevels, gradedLevels, type EvidenceLevel } from './evidence';
import { entityIdProblem } from './ids';
import { entityKinds } from './kinds';
import { locatorFormatHint, parseLocator } from './locator';
import { claimKindOf, predicates, type Predicate } from './predicates';
import { parseXref } from './xrefs';

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

export const citationRole = z.enum(citationRoles);
/** A citation; its role is ASSERTS unless said (and is then left out, so records stay as they were). */
export const citation = z
  .object({ source: entityId, locator, role: citationRole.nullish() })
  .strict()
  .transform(({ role, ...rest }) => (role === 'DISPUTES' ? { ...rest, role } : rest));
export const citations = z
  .array(citation)
  .min(1, 'a claim needs at least one citation')
  .max(limits.citations, `at most ${limits.citations} citations`)
  .refine((list) => (list[0] as { role?: string } | undefined)?.role !== 'DISPUTES', {
    message: 'the first citation names who makes the claim: its role cannot be DISPUTES',
    path: [0, 'role'],
  });

/** CURIEs of public vocabularies, in canonical spelling, without repeats. */
export const xrefs = z
  .array(z.string().max(120))
  .max(50, 'at most 50 identifiers')
  .transform((values, ctx) => {
    const canonical: string[] = [];
    values.forEach((value, index) => {
      const parsed = parseXref(value);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', path: [index], message: parsed });
      else if (!canonical.includes(parsed.curie)) canonical.push(parsed.curie);
    });
    return canonical;
  });

/** Ids of the claims a claim reports (a secondary source restating a study's finding). */
export const claimIdPattern = /^[a-z0-9][a-z0-9._-]{0,79}$/;
export const claimId = z.string().regex(claimIdPattern, 'must be a claim id such as c-0123456789abcdef');
export const reports = z
  .array(claimId)
  .max(20, 'at most 20 reported claims')
  .transform((ids) => [...new Set(ids)]);

export const evidence = z
  .object({
    level: evidenceLevel,
    certainty: certainty.nullish(),
    study: entityId.nullish(),
  })
  .strict()
  .refine((value) => value.level !== 'NOT_GRADED' || !value.certainty, {
    message: 'a NOT_GRADED claim carries no certainty',
    path: ['certainty'],
  });

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
  /** Identifiers that mean this same entity. */
  xrefs: xrefs.default([]),
  /** Identifiers of a concept close to this one, with a slightly different scope (skos:closeMatch). */
  closeXrefs: xrefs.default([]),
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
  /** What was measured, for an EFFECT claim from a study (e.g. nuclear NF-κB p65 in vastus lateralis). */
  measure: text(limits.qualifier).nullish(),
  /** When it was measured (e.g. 2.5 h after exercise). */
  timepoint: text(limits.qualifier).nullish(),
  reports: reports.default([]),
};

/**
 * Rules across a claim's own fields: no self-loop; a doubtful status says why; an EFFECT claim
 * is graded and every other claim is NOT_GRADED (docs/model.md, "Claim kinds"). A claim that
 * gave up its identity in a merge (a backup's `retiredIdentity`) is retracted, and may be the
 * self-loop the merge left.
 */
export function claimFieldRules(
  claim: {
    subject: string;
    predicate: Predicate;
    object: string;
    status: string;
    statusNote?: string | null;
    retiredIdentity?: boolean;
    evidence: { level: string };
  },
  ctx: z.RefinementCtx,
): void {
  const gradingProblem = gradingMisfit(claim.predicate, claim.evidence.level as EvidenceLevel);
  if (gradingProblem) ctx.addIssue({ code: 'custom', path: ['evidence', 'level'], message: gradingProblem });
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
    /** The level of evidence the study's design gives its findings (CONTROLLED_STUDY for a within-subject control). */
    designLevel: z.enum(gradedLevels as [EvidenceLevel, ...EvidenceLevel[]]).optional(),
  })
  .strict();

/**
 * Null when the level fits the claim's kind: an EFFECT claim needs a grade, every other claim is
 * NOT_GRADED; else a sentence saying which.
 */
export function gradingMisfit(predicate: Predicate, level: EvidenceLevel): string | null {
  const kind = claimKindOf(predicate);
  if (kind === 'EFFECT' && level === 'NOT_GRADED') {
    return `a ${predicate} claim is an EFFECT claim and needs an evidence level; NOT_GRADED is for claims not about an effect`;
  }
  if (kind !== 'EFFECT' && level !== 'NOT_GRADED') {
    return `a ${predicate} claim is a ${kind} claim, not about an effect: it is not graded, so its level must be NOT_GRADED`;
  }
  return null;
}

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
