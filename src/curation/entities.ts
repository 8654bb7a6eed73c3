import { Neo4jError } from 'neo4j-driver';
import type { Principal } from '../auth/roles';
import type { Database, Tx } from '../db/database';
import { encodeChanges, fieldChanges } from '../domain/changes';
import { entityHistoryFields, type EntityRecord } from '../domain/records';
import { badUserInput } from '../errors';
import { entityNodeProperties } from '../repositories/bulk';
import { createEntity, entityForWrite, identifierHolders, lockNodes } from '../repositories/curation';
import { writableEntity } from './entityRecord';
import type { EntityInput } from './inputs';
import { applyAndRecord, checkVersion, now } from './writes';

/** The node properties a change of these history fields touches (search keys follow name and aliases). */
function changedProperties(next: EntityRecord, fields: string[]): Record<string, unknown> {
  const all = entityNodeProperties(next);
  const touched = new Set(fields);
  if (touched.has('name') || touched.has('aliases')) touched.add('aliasText').add('searchKeys');
  if (touched.has('xrefs') || touched.has('closeXrefs')) touched.add('xrefKeys');
  return Object.fromEntries(Object.entries(all).filter(([property]) => touched.has(property)));
}

/**
 * An identifier means one entity: one another entity holds as an exact match is refused (if the
 * two are one thing, merge them), as is one listed both as exact and as close.
 */
async function checkIdentifiers(tx: Tx, next: EntityRecord): Promise<void> {
  const both = next.closeXrefs.find((curie) => next.xrefs.includes(curie));
  if (both) throw badUserInput('input.closeXrefs', `${both} is listed as an exact match too`);
  const held = await identifierHolders(tx, next.xrefs, next.id);
  for (const [curie, holder] of held)
    throw badUserInput('input.xrefs', `${curie} already identifies "${holder}"; if the two are one entity, merge them`);
}

/**
 * Creates the entity, or updates the one with this id under its write lock, so concurrent
 * upserts apply one after the other: only the fields the input names change (omitted optional
 * fields keep their value). A merged-away id or a change of kind is BAD_USER_INPUT; a stale
 * `expectedVersion` is CONFLICT. Returns the entity's id.
 */
export async function upsertEntity(
  db: Database,
  input: EntityInput,
  principal: Principal,
  expectedVersion?: number | null,
): Promise<string> {
  // Two curators creating one id at once meet on the uniqueness constraint; the loser runs again
  // and finds the winner's entity to update.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.writeTransaction((tx) => upsertOnce(tx, input, principal, expectedVersion));
    } catch (error) {
      const lostRace =
        error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!lostRace || attempt >= 3) throw error;
    }
  }
}

async function upsertOnce(
  tx: Tx,
  input: EntityInput,
  principal: Principal,
  expectedVersion?: number | null,
): Promise<string> {
  const at = now();
  await lockNodes(tx, 'Entity', [input.id]);
  const { entity: existing, mergedInto } = await entityForWrite(tx, input.id);
  if (mergedInto)
    throw badUserInput('input.id', `"${input.id}" was merged into "${mergedInto}"; update that entity instead`);
  checkVersion(input.id, expectedVersion, existing?.version ?? 0);
  if (existing && existing.kind !== input.kind) {
    throw badUserInput(
      'input.kind',
      `"${input.id}" is a ${existing.kind}; an entity's kind cannot change (its claims' predicates depend on it)`,
    );
  }
  const before = existing ? writableEntity(existing) : null;
  const next: EntityRecord = {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases: input.aliases ?? before?.aliases ?? [],
    description: input.description === undefined ? (before?.description ?? null) : input.description,
    xrefs: input.xrefs ?? before?.xrefs ?? [],
    closeXrefs: input.closeXrefs ?? before?.closeXrefs ?? [],
  };
  const source = input.source === undefined ? before?.source : (input.source ?? undefined);
  const study = input.study === undefined ? before?.study : (input.study ?? undefined);
  if (source) next.source = source;
  if (study) next.study = study;
  await checkIdentifiers(tx, next);

  if (!before) {
    const changes = fieldChanges(null, { id: next.id, ...entityHistoryFields(next) });
    await createEntity(tx, next, { at, actor: principal.subject, changes: encodeChanges(changes) });
    return next.id;
  }
  const [beforeFields, afterFields] = [entityHistoryFields(before), entityHistoryFields(next)];
  const changed = fieldChanges(beforeFields, afterFields).map((change) => change.field);
  await applyAndRecord(tx, 'Entity', principal, at, [
    {
      id: next.id,
      before: beforeFields,
      after: afterFields,
      props: changedProperties(next, changed),
      action: 'update',
    },
  ]);
  return next.id;
}
