import type { Database, Tx } from '../db/database';
import { int } from '../db/params';
import { encodeChanges, type FieldChange } from '../domain/changes';
import type { HistoryEvent } from '../domain/history';

export interface ChangeEventRecord extends HistoryEvent {
  /** The id written, as it was then (a merged entity's events keep its old id). */
  target: string;
}

/** Nodes that carry a history: entities, claims, and the redirects merged entities leave behind. */
export type HistoryLabel = 'Entity' | 'Claim' | 'Redirect';

/**
 * The creation record kept on the node itself (one property write, where a separate event node
 * and relationship per created item would halve bulk-load speed). Nodes written before versions
 * existed have no `createdAction`: an import's tag then says which it was.
 */
const creationFields = /* cypher */ `CASE WHEN x.createdAction IS NULL
  THEN {at: x.createdAt, actor: x.createdBy, changes: x.createdAs,
        action: CASE WHEN x.importId IS NULL THEN 'create' ELSE 'import' END,
        note: CASE WHEN x.importId IS NULL THEN null ELSE 'import ' + x.importId END}
  ELSE {at: x.createdAt, actor: x.createdBy, changes: x.createdAs, action: x.createdAction, note: x.createdNote} END`;

const eventFields = /* cypher */ `h {.version, .at, .actor, .action, .note, .changes, .target}`;

interface RawEvent {
  version: number;
  at: string | null;
  actor: string | null;
  action: string;
  note: string | null;
  changes: string;
  target?: string;
}

function toEvent(raw: RawEvent, target: string): ChangeEventRecord {
  return {
    version: raw.version,
    at: raw.at ?? '',
    actor: raw.actor ?? 'unknown',
    action: raw.action,
    note: raw.note ?? null,
    changes: JSON.parse(raw.changes) as FieldChange[],
    target: raw.target ?? target,
  };
}

/** The statement for one label; labels come from the closed HistoryLabel type, never from input. */
const historyStatement = (label: HistoryLabel) => /* cypher */ `
    UNWIND $ids AS id
    MATCH (x:${label} {id: id})
    CALL (x) {
      MATCH (h:ChangeEvent)-[:CHANGED]->(x)
      WITH h ORDER BY h.version DESC LIMIT $first
      RETURN collect(${eventFields}) AS events
    }
    RETURN id, events, CASE WHEN x.createdAs IS NULL THEN null ELSE ${creationFields} END AS creation`;

/**
 * The newest `first` events of each node, newest first, in the order the writes were applied
 * (by version, not by timestamp). The creation is version 1, the oldest event.
 */
export async function historyOf(
  db: Database,
  ids: readonly string[],
  label: HistoryLabel,
  first: number,
): Promise<Map<string, ChangeEventRecord[]>> {
  const rows = await db.read(historyStatement(label), { ids, first: int(first) });
  return new Map(
    rows.map((row) => {
      const id = row.id as string;
      const events = (row.events as RawEvent[]).map((event) => toEvent(event, id));
      const creation = row.creation as Omit<RawEvent, 'version'> | null;
      if (creation && events.length < first) events.push(toEvent({ ...creation, version: 1 }, id));
      return [id, events];
    }),
  );
}

/** One write to record: the node's id, the version the write produced, what and why. */
export interface EventToRecord {
  target: string;
  version: number;
  action: string;
  note?: string | null;
  changes: FieldChange[];
}

const recordStatement = (label: HistoryLabel) => /* cypher */ `
    UNWIND $events AS event
    MATCH (x:${label} {id: event.target})
    CREATE (:ChangeEvent {id: randomUUID(), at: $at, actor: $actor, action: event.action, target: event.target,
                          note: event.note, changes: event.changes, version: event.version})-[:CHANGED]->(x)`;

/** Records change events inside the caller's transaction (so they commit or roll back with the write). */
export async function recordEvents(
  tx: Tx,
  label: HistoryLabel,
  actor: string,
  at: string,
  events: EventToRecord[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.run(recordStatement(label), {
    actor,
    at,
    events: events.map((event) => ({
      target: event.target,
      version: int(event.version),
      action: event.action,
      note: event.note ?? null,
      changes: encodeChanges(event.changes),
    })),
  });
}
