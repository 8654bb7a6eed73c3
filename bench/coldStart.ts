import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { freePort } from '../src/db/freePort';
import { projectRoot } from '../src/paths';
import { runLoad } from './load';
import { rssMb } from './memory';

/**
 * `npm run bench:cold`: the service as `npm start` runs it (production, embedded Neo4j with
 * its default settings, a fresh data directory seeded on first start), loaded with the
 * realistic query mix at 16 clients the moment /health/ready answers 200. Reports every
 * response in those first seconds that was not a well-formed success, and the resident memory
 * of Node and of the embedded JVM: when ready, at its peak under the load, and at idle after it. Writes bench/results/cold-start.json.
 */

/** The JVM the service started (its only java child process). */
function jvmPid(servicePid: number): number {
  const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(servicePid)], { encoding: 'utf8' });
  const java = children
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find(([, command]) => command === 'java');
  if (!java) throw new Error('the service has no java child process');
  return Number(java[0]);
}

async function waitReady(baseUrl: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const status = await fetch(`${baseUrl}/health/ready`)
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the service did not become ready in time');
}

/** Node's V8 heap (used and total) and memory outside it, in MB, from the service's own /metrics. */
async function heapMb(baseUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const read = (name: string) =>
    Math.round(Number(new RegExp(`^\\w*${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20);
  return {
    used: read('nodejs_heap_size_used_bytes'),
    total: read('nodejs_heap_size_total_bytes'),
    external: read('nodejs_external_memory_bytes'),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const options = new Command('bench:cold')
    .option('-d, --seconds <n>', 'seconds of load after ready', '30')
    .option('-c, --connections <n>', 'concurrent clients', '16')
    .option('--idle-seconds <list>', 'idle readings, in seconds after the load ended (comma-separated)', '10,60')
    .option('-o, --out <file>', 'results file', path.join(__dirname, 'results', 'cold-start.json'))
    .parse()
    .opts<{ seconds: string; connections: string; idleSeconds: string; out: string }>();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-cold-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const service = spawn(process.execPath, [path.join(projectRoot, 'dist', 'main.js')], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), FASCIA_DATA_DIR: dataDir, NEO4J_URI: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const readyMs = await waitReady(baseUrl, 600_000);
    const java = jvmPid(service.pid!);
    // The load starts the moment the service says it is ready: that is when a balancer sends traffic.
    const atReady = { node: rssMb(service.pid!), jvm: rssMb(java) };
    const peak = { ...atReady };
    const sampler = setInterval(() => {
      peak.node = Math.max(peak.node, rssMb(service.pid!));
      peak.jvm = Math.max(peak.jvm, rssMb(java));
    }, 500);
    const load = await runLoad(`${baseUrl}/graphql`, Number(options.connections), Number(options.seconds));
    clearInterval(sampler);
    // V8 gives memory back only after some idle time (its memory reducer): read it more than once.
    const loadEnded = Date.now();
    const idleAfterLoad: Record<string, { node: number; jvm: number; nodeHeap: unknown }> = {};
    for (const seconds of options.idleSeconds.split(',').map(Number)) {
      await pause(Math.max(0, loadEnded + seconds * 1000 - Date.now()));
      idleAfterLoad[`${seconds}s`] = { node: rssMb(service.pid!), jvm: rssMb(java), nodeHeap: await heapMb(baseUrl) };
    }
    const result = {
      at: new Date().toISOString(),
      readyMs,
      load,
      rssMb: { atReady, peakUnderLoad: peak, idleAfterLoad },
    };
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
