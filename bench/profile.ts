import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { upgradeStore } from '../src/curation/legacyClaims';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort } from '../src/db/freePort';
import { LocalNeo4j } from '../src/db/localNeo4j';
import { createLogger } from '../src/logger';
import { projectRoot } from '../src/paths';
import { stageShares, type StageShare } from './cpuProfile';
import { loadSynthetic } from './loadSynthetic';
import { benchQueries, type QueryName } from './queries';
import { pickTargets } from './targets';

/**
 * `npm run bench:profile`: where Fascia's Node CPU goes under load. For each query, a fresh
 * Fascia process with `--cpu-prof` is warmed up, loaded by autocannon (16 clients, pinned to one
 * core when taskset can), and stopped; its profile is split into stages (cpuProfile.ts). Writes
 * bench/results/profile.json and prints a markdown table for docs/performance.md.
 */
async function main(): Promise<void> {
  const options = new Command('bench:profile')
    .option('-s, --size <n>', 'claims in the synthetic graph', '10000')
    .option('-q, --queries <list>', 'queries to profile', 'Q1,Q2')
    .option('-d, --seconds <n>', 'seconds of load per query', '10')
    .option('--warmup-requests <n>', 'requests before the profiled load', '800')
    .option('--label <text>', 'names this run in profile.json (e.g. before, after)', 'current')
    .option('--env <list>', 'extra environment for Fascia, NAME=value,…', '')
    .option('--keep <dir>', 'also copy each raw .cpuprofile here (open it in Chrome DevTools)')
    .parse()
    .opts<{
      size: string;
      queries: string;
      seconds: string;
      warmupRequests: string;
      label: string;
      env: string;
      keep?: string;
    }>();
  const logger = createLogger('warn');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-profile-'));
  const local = new LocalNeo4j({
    dataDir,
    heapMb: 1024,
    pageCacheMb: 512,
    startTimeoutMs: 300_000,
    restartOnCrash: false,
    logger,
  });
  const uri = await local.start();
  const db = new Database(createDriver({ uri, user: 'neo4j', password: '', logger }), {
    database: 'neo4j',
    transactionTimeoutMs: 600_000,
  });
  const results: Record<string, { rps: number; stages: StageShare[] }> = {};
  try {
    await upgradeStore(db);
    await loadSynthetic(db, Number(options.size));
    const targets = await pickTargets(db);
    const extraEnv = Object.fromEntries(
      options.env
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, string]),
    );
    for (const name of options.queries.split(',') as QueryName[]) {
      const request = benchQueries[name].fascia(targets);
      results[name] = await profileQuery(uri, request, {
        seconds: Number(options.seconds),
        warmup: Number(options.warmupRequests),
        env: extraEnv,
        keep: options.keep ? path.join(options.keep, `${options.label}-${name}.cpuprofile`) : undefined,
      });
      console.log(`${name}: ${results[name].rps} req/s`);
    }
  } finally {
    await db.driver.close();
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const out = path.join(__dirname, 'results', 'profile.json');
  const previous = (() => {
    try {
      return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  })();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ ...previous, [options.label]: { size: Number(options.size), env: options.env, results } }, null, 2)}\n`,
  );
  for (const [name, { rps, stages }] of Object.entries(results)) {
    console.log(`\n${name} (${rps} req/s)\n\n| stage | share of Node CPU |\n|---|---|`);
    for (const { stage, percent } of stages) console.log(`| ${stage} | ${percent} % |`);
  }
}

async function profileQuery(
  uri: string,
  request: { path: string; body: string },
  options: { seconds: number; warmup: number; env: Record<string, string>; keep?: string },
): Promise<{ rps: number; stages: StageShare[] }> {
  const port = await freePort();
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-cpuprof-'));
  const child = spawn(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profileDir, path.join(projectRoot, 'dist', 'main.js')],
    {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        FASCIA_SEED_ON_EMPTY: 'false',
        ...options.env,
      },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}${request.path}`;
  try {
    for (let ready = false; !ready;) {
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (let i = 0; i < options.warmup; i += 1) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
      });
      await response.text();
    }
    const worker = [process.execPath, '--import', 'tsx', path.join(__dirname, 'autocannonWorker.ts')];
    const args = [...worker, JSON.stringify({ url, body: request.body, connections: 16, duration: options.seconds })];
    const pinned =
      execFileSync('sh', ['-c', 'taskset -c 1 true && echo yes || echo no'], { encoding: 'utf8' }).trim() === 'yes';
    const command = pinned ? ['taskset', '-c', '1', ...args] : args;
    const summary = JSON.parse(execFileSync(command[0]!, command.slice(1), { encoding: 'utf8' })) as {
      rps: number;
      errors: number;
    };
    if (summary.errors > 0) throw new Error(`${summary.errors} failed responses under load`);
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    const [file] = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error('no CPU profile was written');
    if (options.keep) {
      mkdirSync(path.dirname(options.keep), { recursive: true });
      copyFileSync(path.join(profileDir, file), options.keep);
    }
    return { rps: summary.rps, stages: stageShares(JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'))) };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
