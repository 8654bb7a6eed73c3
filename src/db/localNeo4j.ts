import { type ChildProcess, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { freePort, portAnswers } from './freePort';
import { announceHolder, withdrawHolder } from './holder';
import { ensureLauncherBuilt, jvmFlags, type LauncherBuild } from './launcherBuild';

export interface LocalNeo4jOptions {
  /** Holds the Neo4j home (`neo4j/`) and the launcher's log. */
  dataDir: string;
  /** Bolt port; a free one is picked when absent. */
  port?: number;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs: number;
  logger: Logger;
  /** Restart with back-off when the JVM dies while running (default true). */
  restartOnCrash?: boolean;
  /**
   * Record this process as the data directory's holder while Neo4j runs (the service and
   * `fascia db`), so that command-line tasks run through it rather than fail on the store lock.
   */
  announce?: boolean;
}

const readyMarker = 'FASCIA_NEO4J_READY';
const logTailLines = 60;
const stopTimeoutMs = 30_000;
const maxBackoffMs = 10_000;

type State = 'idle' | 'starting' | 'running' | 'restarting' | 'stopping' | 'stopped';

/**
 * The embedded default: a Neo4j Community JVM started from neo4j/ as a child of this process.
 * Events: 'crashed' (exit code or signal), 'restarted' (bolt URI), 'restart-failed' (error).
 */
export class LocalNeo4j extends EventEmitter {
  private child?: ChildProcess;
  private state: State = 'idle';
  private restartTimer?: NodeJS.Timeout;
  private restartAttempts = 0;
  private recentOutput: string[] = [];
  private logStream?: WriteStream;
  private portInUse?: number;

  constructor(private readonly options: LocalNeo4jOptions) {
    super();
    this.portInUse = options.port;
  }

  get boltUri(): string {
    if (this.portInUse === undefined) throw new Error('the local Neo4j has not started');
    return `bolt://127.0.0.1:${this.portInUse}`;
  }

  get port(): number | undefined {
    return this.portInUse;
  }

  /** True while the JVM is up and Bolt answers (not while starting, restarting or stopped). */
  get isRunning(): boolean {
    return this.state === 'running';
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get home(): string {
    return path.join(this.options.dataDir, 'neo4j');
  }

  get logFile(): string {
    return path.join(this.options.dataDir, 'neo4j-launcher.log');
  }

  /** Builds the launcher if needed, starts the JVM and resolves once Bolt answers. */
  async start(): Promise<string> {
    if (this.state !== 'idle' && this.state !== 'stopped') throw new Error(`cannot start while ${this.state}`);
    this.state = 'starting';
    mkdirSync(this.home, { recursive: true });
    this.logStream ??= createWriteStream(this.logFile, { flags: 'a' });
    try {
      const build = await ensureLauncherBuilt(this.options.logger);
      this.portInUse ??= this.options.port ?? (await freePort());
      await this.spawnAndWait(build);
      this.state = 'running';
      this.announce();
      return this.boltUri;
    } catch (error) {
      this.state = 'stopped';
      throw error;
    }
  }

  /** Stops the JVM (SIGTERM, then SIGKILL after 30 s) and cancels any pending restart. */
  async stop(): Promise<void> {
    clearTimeout(this.restartTimer);
    if (this.state === 'stopped' || this.state === 'idle') return;
    this.state = 'stopping';
    this.withdraw();
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    }
    this.state = 'stopped';
    this.logStream?.end();
    this.logStream = undefined;
  }

  /** For process 'exit' handlers, which cannot wait: the JVM then shuts down on its own. */
  killNow(): void {
    clearTimeout(this.restartTimer);
    this.state = 'stopping';
    this.withdraw();
    this.child?.kill('SIGTERM');
  }

  private announce(): void {
    if (this.options.announce) announceHolder(this.options.dataDir, this.boltUri);
  }

  private withdraw(): void {
    if (this.options.announce) withdrawHolder(this.options.dataDir);
  }

  /** The launcher's last lines of output and the tail of Neo4j's debug log, for error reports. */
  diagnostics(): string {
    const debugLog = path.join(this.home, 'logs', 'debug.log');
    const debugTail = existsSync(debugLog)
      ? readFileSync(debugLog, 'utf8').split('\n').slice(-logTailLines).join('\n')
      : '(no debug.log)';
    return `--- launcher output (${this.logFile}) ---\n${this.recentOutput.join('\n')}\n--- ${debugLog} ---\n${debugTail}`;
  }

  private spawnAndWait(build: LauncherBuild): Promise<void> {
    const { heapMb, pageCacheMb, startTimeoutMs, logger } = this.options;
    const args = [
      // The archive made at build time; -Xshare:auto starts without it should it not fit this JVM.
      ...(build.classArchive ? [`-XX:SharedArchiveFile=${build.classArchive}`, '-Xshare:auto'] : []),
      ...jvmFlags,
      // The whole heap from the start: growing it in steps costs collections while Neo4j starts.
      `-Xms${heapMb}m`,
      `-Xmx${heapMb}m`,
      '-cp',
      build.classpath,
      'fascia.neo4j.Launcher',
      '--data',
      this.home,
      '--port',
      String(this.portInUse),
    ];
    // stdin stays a pipe we never write to: when this process dies, the JVM reads end-of-file
    // and shuts down, so no orphan survives even a SIGKILL of the service.
    const child = spawn('java', args, {
      env: { ...process.env, FASCIA_NEO4J_PAGECACHE_MB: String(pageCacheMb) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.recentOutput = [];

    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const fail = (message: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${message}\n${this.diagnostics()}`));
      };
      const timer = setTimeout(() => fail(`Neo4j did not start within ${startTimeoutMs} ms`), startTimeoutMs);

      const onLine = (line: string) => {
        this.logStream?.write(`${line}\n`);
        this.recentOutput.push(line);
        if (this.recentOutput.length > logTailLines) this.recentOutput.shift();
        if (!settled && line.startsWith(readyMarker)) {
          void portAnswers(this.portInUse!).then((answers) => {
            if (!answers) return fail(`Neo4j reported ready but Bolt does not answer on port ${this.portInUse}`);
            settled = true;
            clearTimeout(timer);
            logger.info({ bolt: this.boltUri, pid: child.pid, home: this.home }, 'embedded Neo4j is ready');
            resolve();
          });
        }
      };
      lines(child.stdout!, onLine);
      lines(child.stderr!, onLine);
      child.stdin!.on('error', () => undefined); // EPIPE when the JVM exits first

      child.once('error', (error) => fail(`could not start java: ${error.message}`));
      child.once('exit', (code, signal) => {
        if (!settled) return fail(`Neo4j exited during start-up (code ${code}, signal ${signal})`);
        if (this.child === child) this.onUnexpectedExit(code, signal);
      });
    });
  }

  private onUnexpectedExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.state !== 'running') return;
    this.state = 'restarting';
    this.options.logger.error({ code, signal }, 'embedded Neo4j exited unexpectedly');
    this.emit('crashed', { code, signal });
    if (this.options.restartOnCrash === false) {
      this.state = 'stopped';
      return;
    }
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    // The first restart at once (a crash is usually one-off); back-off only when restarts fail.
    const delay = this.restartAttempts === 0 ? 0 : Math.min(500 * 2 ** (this.restartAttempts - 1), maxBackoffMs);
    this.restartAttempts += 1;
    this.options.logger.warn({ delayMs: delay, attempt: this.restartAttempts }, 'restarting embedded Neo4j');
    this.restartTimer = setTimeout(() => {
      if (this.state !== 'restarting') return;
      ensureLauncherBuilt(this.options.logger)
        .then((build) => (this.state === 'restarting' ? this.spawnAndWait(build) : undefined))
        .then(() => {
          if (this.state !== 'restarting') return;
          this.state = 'running';
          this.restartAttempts = 0;
          this.announce();
          this.emit('restarted', this.boltUri);
        })
        .catch((error: Error) => {
          this.emit('restart-failed', error);
          this.options.logger.error({ err: error }, 'embedded Neo4j restart failed');
          if (this.state === 'restarting') this.scheduleRestart();
        });
    }, delay);
  }
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    parts.forEach(onLine);
  });
}
