import { z } from 'zod';
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

/** Trimmed, non-empty, at most max characters, and no control characters except newlines. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), 'must not contain control characters');

export const entityId = z.string().superRefine((id, ctx) => {
  const problem = entityIdProblem(id);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const entityKind = z.enum(entityKinds);
export const predicate = z.enum(predicates as [string, ...string[]]).transform((value) => value as (typeof predicates)[number]);
export const evidenceLevel = z.enum(evidenceLevels);
export const certainty = z.enum(certainties);
export const claimStatus = z.enum(claimStatuses);

export const locator = z
  .string()
  .max(limits.locator, `must be at most ${limits.locator} characters`)
  .refine((value) => parseLocator(value) !== null, `must be ${locatorFormatHint}`);

export const aliases = z
  .array(text(limits.alias))
  .max(limits.aliases, `at most ${limits.aliases} aliases`)
  .transform((values) => [...new Set(values)]);

export const qualifiers = z.array(text(limits.qualifier)).max(limits.qualifiers, `at most ${limits.qualifiers} qualifiers`);

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
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}
