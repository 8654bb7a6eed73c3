import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort } from '../src/db/freePort';
import { LocalNeo4j } from '../src/db/localNeo4j';
import { applyMigrations } from '../src/db/migrations';
import { createLogger } from '../src/logger';
import { projectRoot } from '../src/paths';
import { removeImportedNodes } from '../src/repositories/imports';
import { bareUnwindClaimsPerSecond } from './bareUnwind';
import { loadSynthetic, type SyntheticLoadReport } from './loadSynthetic';
import { rssMb, samplePeakRss } from './memory';
import { measureOfflineImport } from './offlineMeasure';
import { benchQueries, queryNames, type QueryName, type Request, type Targets } from './queries';
import { pickTargets } from './targets';

type SystemName = 'fascia' | 'floor' | 'peer';

export interface BenchOptions {
  size: number;
  /** Use this Neo4j instead of starting one (the synthetic graph is loaded into it, then removed). */
  neo4jUri?: string;
  latencyRequests: number;
  /** Requests sent to each system before its latency is timed, so V8 has optimised its hot paths. */
  warmupRequests: number;
  throughputSeconds: number;
  connections: number;
  heapMb: number;
  pageCacheMb: number;
  /** Also measure the offline importer's first load of the same graph into an empty database. */
  offline: boolean;
  outDir: string;
  log: (line: string) => void;
}

export interface Measurement {
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export interface BenchResult {
  size: number;
  machine: string;
  neo4j: { heapMb: number; pageCacheMb: number };
  load: { claimsPerSecond: number; ms: number; validateMs: number; entities: number };
  /** How Fascia executed GraphQL in this run: graphql-jit ('compiled') or graphql-js. */
  executor: 'compiled' | 'graphql-js';
  /**
   * Claims per second: the full import (validation, claims, citations, creation records, indexes)
   * into the live database, and a bare UNWIND of the same claims and relationships in the same
   * run (bench/bareUnwind.ts), and the offline importer's first load of the same graph into an
   * empty database (bench/offlineMeasure.ts; null when skipped).
   */
  import: { offlineClaimsPerSecond: number | null; liveClaimsPerSecond: number; bareUnwindClaimsPerSecond: number };
  targets: Targets & { medianDegree: number; startDegree: number };
  queries: Record<
    QueryName,
    {
      fascia: Measurement;
      floor: Measurement;
      peer: Measurement | null;
      cypherPerRequest: { fascia: number; floor: number; peer: number | null };
    }
  >;
  /** Fascia's resident memory after the run, in MB (memoryMb.fascia.afterLoad; kept for older readers). */
  rssMb: number;
  /**
   * Resident memory in MB of Fascia's Node process and of the benchmark's Neo4j JVM: the peak,
   * sampled every 200 ms while the load generator ran, and after the last load (the JVM is null
   * with --neo4j-uri, which has no process of ours to read).
   */
  memoryMb: {
    fascia: { peakUnderLoad: number; afterLoad: number };
    jvm: { peakUnderLoad: number; afterLoad: number } | null;
  };
  pinnedLoadGenerator: boolean;
}

interface RunningSystem {
  name: SystemName;
  process: ChildProcess;
  baseUrl: string;
  statements(): Promise<number>;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status > 0 && status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

/** Each system's stdout and stderr go to <outDir>/logs/<name>.log, to diagnose a crash. */
function logTo(outDir: string, name: string): ['ignore', number, number] {
  mkdirSync(path.join(outDir, 'logs'), { recursive: true });
  const fd = openSync(path.join(outDir, 'logs', `${name}.log`), 'w');
  return ['ignore', fd, fd];
}

async function startSystems(uri: string, outDir: string): Promise<RunningSystem[]> {
  const [fasciaPort, floorPort, peerPort] = [await freePort(), await freePort(), await freePort()];
  const tsx = [process.execPath, '--import', 'tsx'];
  const fascia = spawn(process.execPath, [path.join(projectRoot, 'dist', 'main.js')], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      PORT: String(fasciaPort),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      FASCIA_SEED_ON_EMPTY: 'false',
    },
    stdio: logTo(outDir, 'fascia'),
  });
  const floor = spawn(
    tsx[0]!,
    [...tsx.slice(1), path.join(__dirname, 'systems', 'floorServer.ts'), uri, String(floorPort)],
    { stdio: logTo(outDir, 'floor') },
  );
  const peer = spawn(
    tsx[0]!,
    [...tsx.slice(1), path.join(__dirname, 'systems', 'peerServer.ts'), uri, String(peerPort)],
    { stdio: logTo(outDir, 'peer') },
  );
  const metricsTotal = async () => {
    const text = await (await fetch(`http://127.0.0.1:${fasciaPort}/metrics`)).text();
    return [...text.matchAll(/^fascia_cypher_statements_total\{[^}]*\} (\d+)/gm)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
  };
  const stats = (port: number) => async () =>
    ((await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as { statements: number }).statements;
  const systems: RunningSystem[] = [
    { name: 'fascia', process: fascia, baseUrl: `http://127.0.0.1:${fasciaPort}`, statements: metricsTotal },
    { name: 'floor', process: floor, baseUrl: `http://127.0.0.1:${floorPort}`, statements: stats(floorPort) },
    { name: 'peer', process: peer, baseUrl: `http://127.0.0.1:${peerPort}`, statements: stats(peerPort + 1) },
  ];
  await waitForHttp(`http://127.0.0.1:${fasciaPort}/health/ready`);
  await waitForHttp(`http://127.0.0.1:${floorPort}/stats`);
  await waitForHttp(`http://127.0.0.1:${peerPort + 1}/`);
  return systems;
}

async function send(system: RunningSystem, request: Request, retried = false): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(
      `${system.baseUrl}${request.path === '/graphql' && system.name === 'peer' ? '/' : request.path}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
      },
    );
  } catch (error) {
    // A kept-alive socket the server closed while idle fails once; the request is a read, so retry.
    if (retried) throw error;
    return send(system, request, true);
  }
  const body = await response.json();
  const ms = performance.now() - started;
  if (response.status !== 200 || (body as { errors?: unknown }).errors)
    throw new Error(`${system.name} ${request.path}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { ms, body };
}

/**
 * JSON with object keys sorted: equal values give equal strings whatever their key order. (Not
 * util.isDeepStrictEqual, which also compares prototypes and so tells apart objects from two
 * realms, as under Jest.)
 */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

/** Whether `taskset` can pin the load generator to one core here. */
function canPin(): boolean {
  return spawnSync('taskset', ['-c', '1', 'true']).status === 0;
}

async function throughput(
  system: RunningSystem,
  request: Request,
  options: BenchOptions,
  pin: boolean,
): Promise<{ rps: number; errors: number }> {
  const url = `${system.baseUrl}${request.path === '/graphql' && system.name === 'peer' ? '/' : request.path}`;
  const args = [
    process.execPath,
    '--import',
    'tsx',
    path.join(__dirname, 'autocannonWorker.ts'),
    JSON.stringify({ url, body: request.body, connections: options.connections, duration: options.throughputSeconds }),
  ];
  const command = pin ? ['taskset', '-c', '1', ...args] : args;
  // Asynchronously, so that the memory sampler runs while the load does.
  const { stdout } = await promisify(execFile)(command[0]!, command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 10 * 2 ** 20,
  });
  return JSON.parse(stdout) as { rps: number; errors: number };
}

/** Runs the whole benchmark at one size and writes bench/results/claims-<size>.json and latest.json. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const logger = createLogger('warn');
  // First, on a quiet machine: the offline importer loads the same graph into a store of its own.
  let offlineClaimsPerSecond: number | null = null;
  if (options.offline) {
    const offline = await measureOfflineImport(options.size, options.heapMb, options.pageCacheMb);
    offlineClaimsPerSecond = offline.claimsPerSecond;
    options.log(`size ${options.size}: offline import ${JSON.stringify(offline)}`);
  }
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = options.neo4jUri;
  if (!uri) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), `fascia-bench-${options.size}-`));
    local = new LocalNeo4j({
      dataDir,
      heapMb: options.heapMb,
      pageCacheMb: options.pageCacheMb,
      startTimeoutMs: 300_000,
      restartOnCrash: false,
      logger,
    });
    uri = await local.start();
  }
  const db = new Database(createDriver({ uri, user: 'neo4j', password: '', logger }), {
    database: 'neo4j',
    transactionTimeoutMs: 600_000,
  });
  const systems: RunningSystem[] = [];
  let load: SyntheticLoadReport | undefined;
  try {
    await applyMigrations(db);
    options.log(`size ${options.size}: loading the synthetic graph`);
    load = await loadSynthetic(db, options.size, { progress: process.stdout.isTTY });
    options.log(
      `size ${options.size}: ${load.claimsPerSecond} claims/s (${load.ms} ms writing, ${load.validateMs} ms validating)`,
    );
    const bareUnwind = await bareUnwindClaimsPerSecond(db, load.written, { batchSize: 10_000, concurrency: 2 });
    options.log(
      `size ${options.size}: bare UNWIND ${bareUnwind} claims/s (the import reached ${Math.round((100 * load.claimsPerSecond) / bareUnwind)} % of it)`,
    );
    const targets = await pickTargets(db);
    options.log(`size ${options.size}: targets ${JSON.stringify(targets)}`);
    systems.push(...(await startSystems(uri, options.outDir)));
    const pin = canPin();
    const fasciaPid = systems[0]!.process.pid!;
    const pids = local?.pid ? [fasciaPid, local.pid] : [fasciaPid];
    const peaks = pids.map(() => 0);

    const queries = {} as BenchResult['queries'];
    for (const name of queryNames) {
      const query = benchQueries[name];
      const active = systems.filter((system) => system.name !== 'peer' || query.peer);
      const requestFor = (system: RunningSystem) => query[system.name]!(targets);

      // The three must agree before any timing counts.
      const answers = new Map<SystemName, unknown>();
      for (const system of active)
        answers.set(system.name, query.canonical[system.name]!((await send(system, requestFor(system))).body));
      for (const system of active) {
        if (stableJson(answers.get(system.name)) !== stableJson(answers.get('floor'))) {
          throw new Error(
            `${name}: ${system.name} and floor disagree:\n${JSON.stringify(answers.get(system.name))}\n${JSON.stringify(answers.get('floor'))}`,
          );
        }
      }

      const entry: Partial<BenchResult['queries'][QueryName]> = {
        peer: null,
        cypherPerRequest: { fascia: 0, floor: 0, peer: null },
      };
      for (const system of active) {
        const request = requestFor(system);
        // Warm-up long enough for V8 and Neo4j to compile their hot paths, the same for every system:
        // a fresh Fascia process answered Q1's 200 requests after a 200-request warm-up 40 % slower
        // than after 1,000 (Apollo's and graphql-js's code takes that long to reach V8's top tier).
        for (let i = 0; i < options.warmupRequests; i += 1) await send(system, request);
        const before = await system.statements();
        const times: number[] = [];
        for (let i = 0; i < options.latencyRequests; i += 1) times.push((await send(system, request)).ms);
        const statements = ((await system.statements()) - before) / options.latencyRequests;
        times.sort((a, b) => a - b);
        const sampler = samplePeakRss(pids);
        const load16 = await throughput(system, request, options, pin);
        sampler.stop().forEach((peak, index) => (peaks[index] = Math.max(peaks[index]!, peak)));
        if (load16.errors > 0) throw new Error(`${name} ${system.name}: ${load16.errors} failed responses under load`);
        entry[system.name] = { rps: load16.rps, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
        entry.cypherPerRequest![system.name] = Math.round(statements * 100) / 100;
        options.log(
          `size ${options.size} ${name} ${system.name}: ${JSON.stringify(entry[system.name])}, ${entry.cypherPerRequest![system.name]} statements/request`,
        );
      }
      queries[name] = entry as BenchResult['queries'][QueryName];
    }
    const [fasciaAfter, jvmAfter] = pids.map(rssMb);
    const result: BenchResult = {
      size: options.size,
      machine: machine(),
      neo4j: { heapMb: options.heapMb, pageCacheMb: options.pageCacheMb },
      load: {
        claimsPerSecond: load.claimsPerSecond,
        ms: load.ms,
        validateMs: load.validateMs,
        entities: load.entities.created,
      },
      executor: process.env.FASCIA_COMPILED_EXECUTION === 'false' ? 'graphql-js' : 'compiled',
      import: {
        offlineClaimsPerSecond,
        liveClaimsPerSecond: load.claimsPerSecond,
        bareUnwindClaimsPerSecond: bareUnwind,
      },
      targets,
      queries,
      rssMb: fasciaAfter!,
      memoryMb: {
        fascia: { peakUnderLoad: peaks[0]!, afterLoad: fasciaAfter! },
        jvm: jvmAfter === undefined ? null : { peakUnderLoad: peaks[1]!, afterLoad: jvmAfter },
      },
      pinnedLoadGenerator: pin,
    };
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(path.join(options.outDir, `claims-${options.size}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(path.join(options.outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    for (const system of systems) system.process.kill('SIGTERM');
    if (options.neo4jUri && load) await removeImportedNodes(db, load.importId);
    await db.driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
