import type { Principal } from '../auth/roles';
import type { Tx } from '../db/database';
import { fieldChanges, type FieldChange } from '../domain/changes';
import { conflict } from '../errors';
import { applyWrites, type WritableLabel } from '../repositories/curation';
import { recordEvents } from '../repositories/history';

/** The clock every write of one mutation shares. */
export const now = () => new Date().toISOString();

/** CONFLICT when the caller said which version it read and the node is at another one. */
export function checkVersion(id: string, expected: number | null | undefined, actual: number): void {
  if (expected !== null && expected !== undefined && expected !== actual) throw conflict(id, expected, actual);
}

/** One node's write: what changes (before → after, as history records it) and the properties to set. */
export interface PlannedWrite {
  id: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** The node properties to set; defaults to the changed fields' new values. */
  props?: Record<string, unknown>;
  action: string;
  note?: string | null;
  /** Record the write even when no field changes (a merge is a write to the entity kept). */
  always?: boolean;
}

/**
 * Applies writes to locked nodes: each one that changes something raises its node's version by
 * one and records one event with that version (a write that changes nothing is not applied,
 * unless it says `always`).
 * Returns the changes written, by node id.
 */
export async function applyAndRecord(
  tx: Tx,
  label: WritableLabel,
  principal: Principal,
  at: string,
  writes: PlannedWrite[],
): Promise<Map<string, FieldChange[]>> {
  const applied = writes
    .map((write) => ({ write, changes: fieldChanges(write.before, write.after) }))
    .filter(({ write, changes }) => changes.length > 0 || write.always);
  const versions = await applyWrites(
    tx,
    label,
    applied.map(({ write, changes }) => ({
      id: write.id,
      props:
        write.props ?? Object.fromEntries(changes.map((change) => [change.field, write.after[change.field] ?? null])),
    })),
    at,
  );
  await recordEvents(
    tx,
    label,
    principal.subject,
    at,
    applied.map(({ write, changes }) => ({
      target: write.id,
      version: versions.get(write.id)!,
      action: write.action,
      note: write.note,
      changes,
    })),
  );
  return new Map(applied.map(({ write, changes }) => [write.id, changes]));
}
