import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import type { Logger } from '../logger';
import { isConcurrentChange, isDatabaseUnavailable } from './errors';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a transaction's work sees: statements that return plain rows. */
export interface Tx {
  run(query: string, params?: Params): Promise<Row[]>;
}

/**
 * The driver's managed transactions (executeRead/executeWrite) retry for at least a second
 * whatever the error, so a request would hang while the database is down. Transactions here are
 * explicit and this decides instead: a lost connection is tried once more (a cluster may have
 * moved its leader), other transient errors (deadlocks, lock timeouts under concurrent writes)
 * up to five times, with short jittered back-off. A write that met a concurrent change (a node
 * it read was deleted by a merge that committed first, or a write's own check saw a change) is
 * run again from the start too: its next run reads the committed state.
 */
function retryDelayMs(mode: 'read' | 'write', error: unknown, attempt: number): number | undefined {
  const retryable = error instanceof Neo4jError ? error.retryable : false;
  const rerun = mode === 'write' && isConcurrentChange(error);
  if (!retryable && !rerun) return undefined;
  const maxAttempts = isDatabaseUnavailable(error) ? 2 : 8;
  if (attempt >= maxAttempts) return undefined;
  return 20 * 2 ** (attempt - 1) * (0.5 + Math.random());
}

/** One driver call (one transaction), reported to listeners after it ends. */
export interface TransactionEvent {
  mode: 'read' | 'write';
  statements: number;
  /** The text of each statement run, in order (retries included). */
  queries: string[];
  /** Records the database returned across all statements. */
  rows: number;
  ms: number;
  ok: boolean;
  error?: unknown;
}

export interface DatabaseOptions {
  database: string;
  /**
   * When given and false, transactions fail at once as unavailable without touching the network:
   * the embedded default knows when its Neo4j is down or restarting.
   */
  isAvailable?: () => boolean;
  /** Neo4j cancels any transaction that runs longer (server-side, so the work stops too). */
  transactionTimeoutMs: number;
  /**
   * How many specialised relation statements the hottest query shapes may earn
   * (repositories/relationShapes.ts); 0 or unset: the generic statements only.
   */
  specialisedStatements?: number;
  /** Where the repositories built on this database report what they do in the background. */
  logger?: Logger;
}

/**
 * The one door to Neo4j for repositories, migrations and ingest: managed transactions with a
 * timeout, rows as plain objects, and an event per driver call for metrics and tests.
 */
export class Database {
  private readonly listeners = new Set<(event: TransactionEvent) => void>();
  private active = 0;

  /** Transactions open right now; each holds one pooled connection. */
  get inFlight(): number {
    return this.active;
  }

  constructor(
    private current: Driver,
    readonly options: DatabaseOptions,
  ) {}

  get driver(): Driver {
    return this.current;
  }

  /**
   * Swaps in a new driver and closes the old one: after the embedded Neo4j restarts, every pooled
   * connection points at the JVM that died, and a request would meet them one after another.
   */
  replaceDriver(driver: Driver): void {
    const old = this.current;
    this.current = driver;
    void old.close().catch(() => undefined);
  }

  /** Subscribes to driver calls; returns the unsubscribe function. */
  onTransaction(listener: (event: TransactionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL in one round trip, without the
   * BEGIN and COMMIT an explicit transaction costs. Most reads are single statements.
   */
  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.transaction('read', (tx) => tx.run(query, params), undefined, true);
  }

  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /** Work may be retried on transient errors, so it must not have effects outside the database. */
  readTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('read', work, timeoutMs);
  }

  writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('write', work, timeoutMs);
  }

  /** Resolves when the database answers a trivial query within timeoutMs, else rejects. */
  async ping(timeoutMs = 2_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.readTransaction((tx) => tx.run('RETURN 1 AS ok'), timeoutMs), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async transaction<T>(
    mode: 'read' | 'write',
    work: (tx: Tx) => Promise<T>,
    timeoutMs?: number,
    autoCommit = false,
  ): Promise<T> {
    if (this.options.isAvailable && !this.options.isAvailable()) {
      throw new Neo4jError(
        'The embedded Neo4j is not running (it is being restarted).',
        'ServiceUnavailable',
        'N/A',
        'N/A',
      );
    }
    const started = performance.now();
    let statements = 0;
    let rows = 0;
    const queries: string[] = [];
    const count = (query: string, records: number) => {
      statements += 1;
      rows += records;
      queries.push(query);
    };
    const config = { timeout: timeoutMs ?? this.options.transactionTimeoutMs };
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const value = await this.attempt(mode, work, config, count, autoCommit);
          this.emit({ mode, statements, queries, rows, ms: performance.now() - started, ok: true });
          return value;
        } catch (error) {
          const delay = retryDelayMs(mode, error, attempt);
          if (delay === undefined) throw error;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    } catch (error) {
      this.emit({ mode, statements, queries, rows, ms: performance.now() - started, ok: false, error });
      throw error;
    }
  }

  /** One explicit transaction: commit when work resolves, roll back when it throws. */
  private async attempt<T>(
    mode: 'read' | 'write',
    work: (tx: Tx) => Promise<T>,
    config: { timeout: number },
    countStatement: (query: string, records: number) => void,
    autoCommit: boolean,
  ): Promise<T> {
    const session = this.current.session({
      database: this.options.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.active += 1;
    try {
      if (autoCommit) {
        return await work({
          run: async (query, params = {}) => {
            const result = await session.run(query, params, config);
            countStatement(query, result.records.length);
            return result.records.map((record) => record.toObject());
          },
        });
      }
      const transaction = session.beginTransaction(config);
      try {
        const value = await work({
          run: async (query, params = {}) => {
            const result = await transaction.run(query, params);
            countStatement(query, result.records.length);
            return result.records.map((record) => record.toObject());
          },
        });
        await transaction.commit();
        return value;
      } catch (error) {
        if (transaction.isOpen()) await transaction.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      this.active -= 1;
      await session.close();
    }
  }

  private emit(event: TransactionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
