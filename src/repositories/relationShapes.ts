import type { Database, Params } from '../db/database';
import { isDatabaseUnavailable } from '../db/errors';
import type { Logger } from '../logger';

/*
 * Specialised relation statements for the hottest shapes. The generic relation statement chooses
 * at run time what each load reads (its way or side, its selection), so any query runs on one of
 * sixteen texts; that choice costs Neo4j about a millisecond per statement (measured at 100k
 * claims: the benchmark's Q1 statement 2.1 ms generic, 1.0 ms with its shape written into the
 * text, the hand-written floor's 0.7–1.1 ms). A shape that keeps coming back (a client's query
 * run again and again) earns a text of its own, but only a bounded number of shapes ever do, so
 * a client sending new shapes cannot make Neo4j plan at will ("Bounded planning", README):
 *
 * - a shape is counted per use, and promoted on its `promoteAfter`-th use;
 * - its text is planned in the background (run once with ids that match nothing) before any
 *   request uses it, so no request waits on the planner, and one shape at a time;
 * - at most `maxTexts` shapes are ever promoted per process; beyond that, the generic texts serve.
 */

/** Uses of one shape before it gets a text of its own. */
export const promoteAfter = 20;
/** Shapes counted at once before the counts start again (bounds the memory of one-off shapes). */
const maxCounted = 10_000;

/** A shape's text, and parameters that run it on nothing (so that running it only plans it). */
export interface ShapeText {
  text: string;
  warmUpParams: Params;
}

class ShapePolicy {
  private readonly counts = new Map<string, number>();
  /** Promoted shapes: their text once planned, null while it is being planned. */
  private readonly texts = new Map<string, string | null>();
  private planning = false;

  constructor(
    private readonly db: Database,
    private readonly maxTexts: number,
    private readonly logger?: Logger,
  ) {}

  get promoted(): number {
    return this.texts.size;
  }

  /** The specialised text for this shape if it has one ready; counts the use otherwise. */
  textFor(key: string, build: () => ShapeText): string | undefined {
    const ready = this.texts.get(key);
    if (ready !== undefined) return ready ?? undefined;
    if (this.texts.size >= this.maxTexts) return undefined;
    const uses = (this.counts.get(key) ?? 0) + 1;
    // One shape planned at a time, so that planning never takes both cores from the requests
    // (after a cold start several shapes come due at once); the others wait for a later use.
    if (uses < promoteAfter || this.planning) {
      if (this.counts.size >= maxCounted) this.counts.clear();
      this.counts.set(key, uses);
      return undefined;
    }
    this.counts.delete(key);
    this.texts.set(key, null);
    void this.plan(key, build());
    return undefined;
  }

  private async plan(key: string, { text, warmUpParams }: ShapeText): Promise<void> {
    this.planning = true;
    try {
      // A run, not EXPLAIN: measured on Neo4j 5.26, a plan made by EXPLAIN is not reused by the
      // statement's first run. Parameters that match nothing keep the run itself trivial.
      await this.db.read(text, warmUpParams);
      this.texts.set(key, text);
      this.logger?.debug({ shape: key, promoted: this.texts.size }, 'specialised relation statement ready');
    } catch (error) {
      // Unreachable now: let a later use try again. Anything else is a bug in the text: the
      // generic statement keeps serving this shape (it stays marked), and the log says so.
      if (isDatabaseUnavailable(error)) this.texts.delete(key);
      else
        this.logger?.error({ err: error, shape: key }, 'specialised relation statement failed; the generic one serves');
    } finally {
      this.planning = false;
    }
  }
}

const policies = new WeakMap<Database, ShapePolicy>();

function policyOf(db: Database): ShapePolicy | undefined {
  const maxTexts = db.options.specialisedStatements ?? 0;
  if (maxTexts === 0) return undefined;
  let policy = policies.get(db);
  if (!policy) {
    policy = new ShapePolicy(db, maxTexts, db.options.logger);
    policies.set(db, policy);
  }
  return policy;
}

/**
 * The specialised text of a shape (`key`: what the text fixes), when the shape has earned one and
 * it is planned; undefined: use the generic statement. `build` runs once, when the shape is promoted.
 */
export function specialisedText(db: Database, key: string, build: () => ShapeText): string | undefined {
  return policyOf(db)?.textFor(key, build);
}

/** How many shapes this database's statements have promoted (for tests and metrics). */
export function promotedShapes(db: Database): number {
  return policies.get(db)?.promoted ?? 0;
}
