import type { FieldChange } from './changes';

/*
 * History is a chain. Every applied write to an entity or claim raises its version by one and
 * records one event carrying the version it produced: the creation is version 1. An event lists
 * the fields it changed, each with its value before and after (JSON-encoded), so each event's
 * `before` is the previous event's `after` for that field, and replaying the chain from nothing
 * gives the node's stored state. The invariant check and imports verify exactly that.
 */

export interface HistoryEvent {
  version: number;
  at: string;
  actor: string;
  action: string;
  note: string | null;
  changes: FieldChange[];
}

export interface Replay {
  /** Each field's JSON-encoded value after the last event (absent fields are left out). */
  state: Map<string, string>;
  /** What breaks the chain, one sentence each; empty for a sound chain. */
  problems: string[];
}

/** Replays events given oldest first. */
export function replayHistory(events: readonly HistoryEvent[]): Replay {
  const state = new Map<string, string>();
  const problems: string[] = [];
  events.forEach((event, index) => {
    if (event.version !== index + 1) problems.push(`event ${index + 1} has version ${event.version}, not ${index + 1}`);
    for (const change of event.changes) {
      const current = state.get(change.field) ?? null;
      if (current !== change.before) {
        problems.push(
          `version ${event.version} (${event.action}): ${change.field} was ${current ?? 'absent'}, but the event says ${change.before ?? 'absent'}`,
        );
      }
      if (change.after === null) state.delete(change.field);
      else state.set(change.field, change.after);
    }
  });
  return { state, problems };
}

/** JSON-encodes each field as history does (null and undefined: absent). */
export function encodedFields(fields: Record<string, unknown>): Map<string, string> {
  return new Map(
    Object.entries(fields)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([field, value]) => [field, JSON.stringify(value)]),
  );
}

/**
 * Whether the chain replays to `stored` (the node's fields as history records them) and ends at
 * `version`; the sentences say where it does not.
 */
export function historyProblems(
  events: readonly HistoryEvent[],
  stored: Record<string, unknown>,
  version: number,
): string[] {
  const { state, problems } = replayHistory(events);
  const last = events.at(-1)?.version ?? 0;
  if (last !== version) problems.push(`the node is at version ${version}, its last event at ${last}`);
  const expected = encodedFields(stored);
  for (const field of new Set([...state.keys(), ...expected.keys()])) {
    if (state.get(field) !== expected.get(field)) {
      problems.push(
        `${field} replays to ${state.get(field) ?? 'absent'} but is stored as ${expected.get(field) ?? 'absent'}`,
      );
    }
  }
  return problems;
}
