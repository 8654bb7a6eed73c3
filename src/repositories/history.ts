import type { Database, Tx } from '../db/database';
import { int } from '../db/params';
import { encodeChanges, type FieldChange } from '../domain/changes';

export interface ChangeEventRecord {
  at: string;
  actor: string;
  action: string;
  target: string;
  note: string | null;
  changes: FieldChange[];
}

export type HistoryLabel = 'Entity' | 'Claim';

/**
 * The newest `first` events of each entity or claim, newest first. A node's creation is kept on
 * the node itself (createdAt, createdBy, createdAs: one property write, where a separate event
 * node and relationship per created item would halve bulk-load speed), and is listed here as
 * the oldest event: `create`, or `import` for nodes an import created.
 */
export async function historyOf(
  db: Database,
  ids: readonly string[],
  label: HistoryLabel,
  first: number,
): Promise<Map<string, ChangeEventRecord[]>> {
  // The label comes from the closed HistoryLabel type, never from input.
  const rows = await db.read(
    /* cypher */ `
    UNWIND $ids AS id
    MATCH (x:${label} {id: id})
    CALL (x) {
      MATCH (h:ChangeEvent)-[:CHANGED]->(x)
      WITH h ORDER BY h.at DESC, h.seq DESC LIMIT $first
      RETURN collect(h {.at, .actor, .action, .target, .note, .changes}) AS events
    }
    RETURN id, events, x {.createdAt, .createdBy, .createdAs, .importId} AS creation`,
    { ids, first: int(first) },
  );
  return new Map(
    rows.map((row) => {
      const events = (row.events as Array<Omit<ChangeEventRecord, 'changes'> & { changes: string }>).map((event) => ({
        ...event,
        note: event.note ?? null,
        changes: JSON.parse(event.changes) as FieldChange[],
      }));
      const creation = row.creation as {
        createdAt: string | null;
        createdBy: string | null;
        createdAs: string | null;
        importId: string | null;
      };
      if (creation.createdAs && events.length < first) {
        events.push({
          at: creation.createdAt ?? '',
          actor: creation.createdBy ?? 'unknown',
          action: creation.importId ? 'import' : 'create',
          target: row.id as string,
          note: creation.importId ? `import ${creation.importId}` : null,
          changes: JSON.parse(creation.createdAs) as FieldChange[],
        });
      }
      return [row.id as string, events];
    }),
  );
}

export interface ChangeToRecord {
  /** The node's label and id; the event hangs off it. */
  label: HistoryLabel;
  target: string;
  action: string;
  note?: string | null;
  changes: FieldChange[];
}

/** Records change events inside the caller's transaction (so they commit or roll back with the write). */
export async function recordChanges(tx: Tx, actor: string, at: string, events: ChangeToRecord[]): Promise<void> {
  for (const [label, list] of [
    ['Entity', events.filter((event) => event.label === 'Entity')],
    ['Claim', events.filter((event) => event.label === 'Claim')],
  ] as const) {
    if (list.length === 0) continue;
    await tx.run(
      /* cypher */ `
      UNWIND $events AS event
      MATCH (x:${label} {id: event.target})
      CREATE (:ChangeEvent {id: randomUUID(), at: $at, seq: event.seq, actor: $actor, action: event.action,
                            target: event.target, note: event.note, changes: event.changes})-[:CHANGED]->(x)`,
      {
        actor,
        at,
        events: list.map((event) => ({
          target: event.target,
          action: event.action,
          note: event.note ?? null,
          changes: encodeChanges(event.changes),
          seq: int(events.indexOf(event)),
        })),
      },
    );
  }
}
