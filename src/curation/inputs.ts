import { z } from 'zod';
import * as field from '../domain/validation';
import { badUserInput } from '../errors';

/**
 * Mutation inputs checked by the same domain rules as the seed loader (src/domain/validation.ts).
 * GraphQL has already checked types; these check values.
 */

export const entityInput = z
  .object({
    ...field.entityFields,
    // Omitted: keep the current value (unlike files, which always say everything).
    aliases: field.aliases.nullish(),
    xrefs: field.xrefs.nullish(),
    closeXrefs: field.xrefs.nullish(),
    source: field.sourceDetails.nullish(),
    study: field.studyDetails.nullish(),
  })
  .superRefine(field.detailsFitKind);

export const claimInput = z.object(field.claimFields).superRefine(field.claimFieldRules);

export const claimPatch = z.object({
  statement: field.text(field.limits.statement).nullish(),
  qualifiers: field.qualifiers.nullish(),
  evidence: field.evidence.nullish(),
  citations: field.citations.nullish(),
  measure: field.claimFields.measure,
  timepoint: field.claimFields.timepoint,
  reports: field.reports.nullish(),
});

export const note = field.text(field.limits.statusNote);
export const claimId = field.claimId;
export const entityId = field.entityId;

export type EntityInput = z.infer<typeof entityInput>;
export type ClaimInput = z.infer<typeof claimInput>;
export type ClaimPatch = z.infer<typeof claimPatch>;

/** Parses a mutation argument; the first broken rule becomes BAD_USER_INPUT naming its path. */
export function parseArgument<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = field.pathText(issue.path);
  throw badUserInput(path ? `${argument}.${path}` : argument, issue.message);
}

/** Maps GraphQL's SourceDetailsInput (sourceType) onto the file format's field names (type). */
export function sourceDetailsFromGraphQL(input: { sourceType: string } & Record<string, unknown>) {
  const { sourceType, ...rest } = input;
  return Object.fromEntries(
    Object.entries({ type: sourceType, ...rest }).filter(([, value]) => value !== null && value !== undefined),
  );
}
