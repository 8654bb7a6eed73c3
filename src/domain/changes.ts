/** One field's value before and after a write, each JSON-encoded (null: absent). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function encode(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/**
 * The changed fields between two versions of a record, in the order of `after`'s keys. Values
 * compare by their JSON form, so arrays and nested objects compare by content.
 */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = encode(before?.[field]);
    const now = encode(after[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** What a change event stores: the changes as one JSON string (Neo4j has no map-list property). */
export function encodeChanges(changes: FieldChange[]): string {
  return JSON.stringify(changes);
}
