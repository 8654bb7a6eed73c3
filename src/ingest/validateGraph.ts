import type { z } from 'zod';
import { type EntityKind } from '../domain';
import { claimReferenceProblems } from '../domain/claimRules';
import { pathText } from '../domain/validation';
import { claimEntry, entityEntry, graphFile, redirectEntry, toClaimRecord, toEntityRecord } from './graphFile';
import { historyProblems, replayHistory } from '../domain/history';
import {
  claimHistoryFields,
  entityHistoryFields,
  type ClaimRecord,
  type EntityRecord,
  type RedirectRecord,
} from '../domain/records';
import { GraphValidationError, type GraphProblem } from './problems';
import type { ParsedFile } from './readGraphFiles';

/** Kinds of entities already in the graph, for the ids asked; absent ids are not in the graph. */
export type ExistingEntities = (ids: string[]) => Promise<Map<string, EntityKind>>;
/** Which of these claim ids are already in the graph. */
export type ExistingClaims = (ids: string[]) => Promise<Set<string>>;

export interface ValidatedGraph {
  entities: EntityRecord[];
  claims: ClaimRecord[];
  redirects: RedirectRecord[];
}

interface Located<T> {
  file: string;
  entry: string;
  value: T;
}

function entityLabel(index: number, raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `entities[${index}] (id "${id}")` : `entities[${index}]`;
}

function claimLabel(index: number, raw: unknown): string {
  const claim = raw as { subject?: unknown; predicate?: unknown; object?: unknown } | null;
  const parts = [claim?.subject, claim?.predicate, claim?.object];
  return parts.every((part) => typeof part === 'string') ? `claims[${index}] (${parts.join(' ')})` : `claims[${index}]`;
}

/** An entry whose fields did not parse, kept so that its references are checked in the same pass. */
interface Unparsed extends Located<unknown> {
  /** Fields that already have a problem. */
  reported: Set<string>;
}

/** Parses every entry of one list, recording a problem per broken field; `unparsed` gets the broken entries. */
function parseEntries<S extends z.ZodType>(
  file: ParsedFile,
  list: unknown[] | undefined,
  schema: S,
  label: (index: number, raw: unknown) => string,
  problems: GraphProblem[],
  unparsed?: Unparsed[],
): Array<Located<z.infer<S>>> {
  const parsed: Array<Located<z.infer<S>>> = [];
  (list ?? []).forEach((raw, index) => {
    const entry = label(index, raw);
    const result = schema.safeParse(raw);
    if (result.success) parsed.push({ file: file.file, entry, value: result.data });
    else {
      const reported = new Set<string>();
      for (const issue of result.error.issues) {
        const field = pathText(issue.path) || '(entry)';
        reported.add(field);
        problems.push({ file: file.file, entry, field, message: issue.message });
      }
      unparsed?.push({ file: file.file, entry, value: raw, reported });
    }
  });
  return parsed;
}

/** The entity ids a claim entry names, read from its raw fields (it may not have parsed). */
function rawReferences(raw: unknown): Array<{ field: string; id: string }> {
  const claim = (raw ?? {}) as {
    subject?: unknown;
    object?: unknown;
    evidence?: { study?: unknown };
    citations?: unknown;
  };
  const found: Array<{ field: string; id: unknown }> = [
    { field: 'subject', id: claim.subject },
    { field: 'object', id: claim.object },
    { field: 'evidence.study', id: claim.evidence?.study },
    ...(Array.isArray(claim.citations) ? claim.citations : []).map((citation: { source?: unknown } | null, i) => ({
      field: `citations[${i}].source`,
      id: citation?.source,
    })),
  ];
  return found.filter((ref): ref is { field: string; id: string } => typeof ref.id === 'string' && ref.id !== '');
}

/**
 * Checks graph files completely before anything is written: each entry's fields (the domain
 * rules), then references across all files and the graph (`existing`): claims point at known
 * entities, predicates fit their kinds, citations name SOURCE entities, evidence studies are
 * STUDY entities, and no id or claim identity appears twice. Throws GraphValidationError naming
 * file, entry and field for every problem.
 */
export async function validateGraph(
  files: ParsedFile[],
  existing?: ExistingEntities,
  existingClaims?: ExistingClaims,
): Promise<ValidatedGraph> {
  const problems: GraphProblem[] = [];
  const entities: Array<Located<EntityRecord>> = [];
  const claims: Array<Located<ClaimRecord>> = [];
  const redirects: Array<Located<RedirectRecord>> = [];
  const unparsedClaims: Unparsed[] = [];
  const unparsedEntities: Unparsed[] = [];
  // Entities that are in the input but broken: their problems are reported; "no entity" for
  // every claim that names them would only repeat those.
  const unread = new Set<string>();

  for (const file of files) {
    problems.push(...(file.problems ?? []));
    (file.unreadIds ?? []).forEach((id) => unread.add(id));
    const shape = graphFile.safeParse(file.content ?? {});
    if (!shape.success) {
      for (const issue of shape.error.issues) {
        problems.push({
          file: file.file,
          entry: '(top level)',
          field: pathText(issue.path) || '(document)',
          message: issue.message,
        });
      }
      continue;
    }
    const { data } = shape;
    // Loops, not push(...list): a spread of a million arguments overflows the call stack.
    for (const e of parseEntries(file, data.entities, entityEntry, entityLabel, problems, unparsedEntities))
      entities.push({ ...e, value: toEntityRecord(e.value) });
    for (const c of parseEntries(file, data.claims, claimEntry, claimLabel, problems, unparsedClaims))
      claims.push({ ...c, value: toClaimRecord(c.value) });
    for (const r of parseEntries(file, data.redirects, redirectEntry, (i) => `redirects[${i}]`, problems))
      redirects.push(r);
  }

  for (const entity of unparsedEntities) {
    const id = (entity.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') unread.add(id);
  }
  const kinds = new Map<string, EntityKind>();
  const firstSeen = new Map<string, Located<EntityRecord>>();
  for (const entity of entities) {
    const earlier = firstSeen.get(entity.value.id);
    if (earlier) {
      problems.push({
        ...entity,
        field: 'id',
        message: `duplicate id "${entity.value.id}", first defined in ${earlier.file} ${earlier.entry}`,
      });
      continue;
    }
    firstSeen.set(entity.value.id, entity);
    kinds.set(entity.value.id, entity.value.kind);
  }
  checkIdentifiers(entities, problems);

  const referenced = new Set<string>();
  for (const { value } of claims) {
    [value.subject, value.object, value.study, ...value.citations.map((c) => c.source)].forEach(
      (id) => id && referenced.add(id),
    );
  }
  redirects.forEach(({ value }) => referenced.add(value.to).add(value.from));
  for (const claim of unparsedClaims) for (const { id } of rawReferences(claim.value)) referenced.add(id);
  if (existing) {
    const inGraph = await existing([...new Set([...referenced, ...kinds.keys()])]);
    for (const entity of entities) {
      const graphKind = inGraph.get(entity.value.id);
      if (graphKind && graphKind !== entity.value.kind) {
        problems.push({
          ...entity,
          field: 'kind',
          message: `"${entity.value.id}" is already in the graph as a ${graphKind}`,
        });
      }
    }
    for (const [id, kind] of inGraph) if (!kinds.has(id)) kinds.set(id, kind);
  }

  checkClaims(claims, kinds, unread, problems);
  // A claim with a bad field still gets its references checked: one run reports everything.
  for (const claim of unparsedClaims) {
    for (const { field, id } of rawReferences(claim.value)) {
      if (!claim.reported.has(field) && !kinds.has(id) && !unread.has(id))
        problems.push({ file: claim.file, entry: claim.entry, field, message: `no entity "${id}"` });
    }
  }
  await checkReports(claims, existingClaims, problems);
  checkHistories(entities, claims, redirects, problems);
  for (const redirect of redirects) {
    if (!kinds.has(redirect.value.to))
      problems.push({ ...redirect, field: 'to', message: `no entity "${redirect.value.to}"` });
    if (firstSeen.has(redirect.value.from))
      problems.push({
        ...redirect,
        field: 'from',
        message: `"${redirect.value.from}" is an entity id; a redirect needs a retired id`,
      });
  }

  if (problems.length > 0) throw new GraphValidationError(problems);
  return {
    entities: entities.map((e) => e.value),
    claims: claims.map((c) => c.value),
    redirects: redirects.map((r) => r.value),
  };
}

function checkClaims(
  claims: Array<Located<ClaimRecord>>,
  kinds: Map<string, EntityKind>,
  unread: Set<string>,
  problems: GraphProblem[],
): void {
  const keys = new Map<string, Located<ClaimRecord>>();
  const ids = new Map<string, Located<ClaimRecord>>();
  const missing = new Set([...unread].map((id) => `no entity "${id}"`));
  for (const located of claims) {
    const claim = located.value;
    const report = (field: string, message: string) =>
      problems.push({ file: located.file, entry: located.entry, field, message });
    for (const problem of claimReferenceProblems({ ...claim, retiredIdentity: claim.key === null }, (id) =>
      kinds.get(id),
    )) {
      if (!missing.has(problem.message)) report(problem.field, problem.message);
    }
    const sameKey = claim.key === null ? undefined : keys.get(claim.key);
    if (sameKey) {
      report(
        'citations[0].source',
        `duplicate claim: same subject, predicate, object and source as ${sameKey.file} ${sameKey.entry}`,
      );
      continue; // its derived id repeats too; one problem is enough
    }
    if (claim.key !== null) keys.set(claim.key, located);
    const sameId = ids.get(claim.id);
    if (sameId) report('id', `duplicate claim id "${claim.id}", first used in ${sameId.file} ${sameId.entry}`);
    else ids.set(claim.id, located);
  }
}

/** An identifier means one entity: no two entities share an exact match, and none lists one as exact and close. */
function checkIdentifiers(entities: Array<Located<EntityRecord>>, problems: GraphProblem[]): void {
  const holders = new Map<string, Located<EntityRecord>>();
  for (const located of entities) {
    const { xrefs, closeXrefs, id } = located.value;
    for (const curie of xrefs) {
      const holder = holders.get(curie);
      if (holder && holder.value.id !== id)
        problems.push({
          ...located,
          field: 'xrefs',
          message: `${curie} already identifies ${holder.file} ${holder.entry}`,
        });
      else holders.set(curie, located);
    }
    const both = closeXrefs.find((curie) => xrefs.includes(curie));
    if (both) problems.push({ ...located, field: 'closeXrefs', message: `${both} is listed as an exact match too` });
  }
}

/** A claim reports other claims, each in these files or already in the graph. */
async function checkReports(
  claims: Array<Located<ClaimRecord>>,
  existingClaims: ExistingClaims | undefined,
  problems: GraphProblem[],
): Promise<void> {
  const inFiles = new Set(claims.map((located) => located.value.id));
  const elsewhere = [...new Set(claims.flatMap((located) => located.value.reports))].filter((id) => !inFiles.has(id));
  const inGraph = existingClaims && elsewhere.length > 0 ? await existingClaims(elsewhere) : new Set<string>();
  for (const located of claims) {
    located.value.reports.forEach((reported, index) => {
      const message =
        reported === located.value.id
          ? 'a claim cannot report itself'
          : inFiles.has(reported) || inGraph.has(reported)
            ? null
            : `no claim "${reported}" in these files or the graph`;
      if (message) problems.push({ ...located, field: `reports[${index}]`, message });
    });
  }
}

/**
 * A backup's histories must be sound chains that replay to their entries (docs/model.md,
 * "History"): a restore never brings back a history that disagrees with the state beside it.
 */
function checkHistories(
  entities: Array<Located<EntityRecord>>,
  claims: Array<Located<ClaimRecord>>,
  redirects: Array<Located<RedirectRecord>>,
  problems: GraphProblem[],
): void {
  const report = (located: Located<unknown>, found: string[]) => {
    for (const message of found.slice(0, 5))
      problems.push({ file: located.file, entry: located.entry, field: 'history', message });
  };
  for (const entity of entities) {
    const { history } = entity.value;
    if (history)
      report(
        entity,
        historyProblems(
          history,
          { id: entity.value.id, ...entityHistoryFields(entity.value) },
          history.at(-1)!.version,
        ),
      );
  }
  for (const claim of claims) {
    const { history } = claim.value;
    if (history) report(claim, historyProblems(history, claimHistoryFields(claim.value), history.at(-1)!.version));
  }
  for (const redirect of redirects) {
    if (redirect.value.history) report(redirect, replayHistory(redirect.value.history).problems);
  }
}
