import type { Principal } from '../auth/roles';
import type { Database } from '../db/database';
import { badUserInput } from '../errors';
import type { EntityRecord } from '../domain/records';
import { entityNodeProperties } from '../repositories/bulk';
import { encodeChanges, fieldChanges } from '../domain/changes';
import { createEntity, entityForUpsert, readEntity, updateEntity } from '../repositories/curation';
import { recordChanges } from '../repositories/history';
import type { StoredEntity } from '../repositories/records';
import { writableEntity } from './entityRecord';
import { withConstraintRetry } from './transactions';
import type { EntityInput } from './inputs';

/** The fields a curator sees and history records (search helpers left out). */
function visibleFields(entity: EntityRecord): Record<string, unknown> {
  const { aliasText: _text, searchKeys: _keys, ...visible } = entityNodeProperties(entity);
  return visible;
}

/**
 * Creates the entity, or updates the one with this id: omitted optional fields keep their value.
 * A merged-away id or a change of kind is BAD_USER_INPUT. Records a change event unless nothing
 * changed.
 */
export function upsertEntity(db: Database, input: EntityInput, principal: Principal): Promise<StoredEntity> {
  return withConstraintRetry(() =>
    db.writeTransaction(async (tx) => {
      const at = new Date().toISOString();
      const { entity: existing, mergedInto } = await entityForUpsert(tx, input.id);
      if (mergedInto)
        throw badUserInput('input.id', `"${input.id}" was merged into "${mergedInto}"; update that entity instead`);
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
      };
      const source = input.source === undefined ? before?.source : (input.source ?? undefined);
      const study = input.study === undefined ? before?.study : (input.study ?? undefined);
      if (source) next.source = source;
      if (study) next.study = study;

      const changes = fieldChanges(before ? visibleFields(before) : null, visibleFields(next));
      if (before && changes.length === 0) return existing!;
      if (before) {
        await updateEntity(tx, next, at);
        await recordChanges(tx, principal.subject, at, [
          { label: 'Entity', target: next.id, action: 'update', changes },
        ]);
      } else {
        await createEntity(tx, next, { at, actor: principal.subject, changes: encodeChanges(changes) });
      }
      return readEntity(tx, next.id);
    }),
  );
}
