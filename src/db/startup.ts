import type { Logger } from '../logger';
import type { Database } from './database';

export interface StartupTask {
  name: string;
  run(db: Database): Promise<void>;
}

const firstRetryMs = 500;
const maxRetryMs = 5_000;

/**
 * Work that must finish once before the service is ready (migrations, the first seed). It starts
 * on the first successful connection and retries with back-off while the database is away, so a
 * service started before its database recovers without a restart of its own.
 */
export class StartupWork {
  private finished = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;
  private lastError?: string;
  private readonly donePromise: Promise<void>;
  private resolveDone!: () => void;

  constructor(
    private readonly db: Database,
    private readonly tasks: StartupTask[],
    private readonly logger: Logger,
  ) {
    this.donePromise = new Promise((resolve) => (this.resolveDone = resolve));
  }

  get done(): boolean {
    return this.finished;
  }

  /** Why the work has not finished yet, for /health/ready. */
  get pendingReason(): string {
    return this.lastError ? `waiting for the database: ${this.lastError}` : 'start-up work in progress';
  }

  /** Resolves once every task has run. */
  whenDone(): Promise<void> {
    return this.donePromise;
  }

  begin(): void {
    void this.attempt(firstRetryMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async attempt(nextDelay: number): Promise<void> {
    if (this.stopped) return;
    try {
      for (const task of this.tasks) {
        const started = Date.now();
        await task.run(this.db);
        this.logger.info({ task: task.name, ms: Date.now() - started }, 'start-up task done');
      }
      this.finished = true;
      this.lastError = undefined;
      this.resolveDone();
    } catch (error) {
      this.lastError = (error as Error).message.split('\n')[0];
      this.logger.warn({ err: error, retryInMs: nextDelay }, 'start-up work failed; will retry');
      if (!this.stopped) {
        this.timer = setTimeout(() => void this.attempt(Math.min(nextDelay * 2, maxRetryMs)), nextDelay);
      }
    }
  }
}
