import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult } from './harness';
import { queryNames } from './queries';

const cell = (m: { rps: number; p50Ms: number; p99Ms: number } | null) =>
  m ? `${m.p50Ms} / ${m.p99Ms} ms, ${m.rps} rps` : '—';
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '—');

/** bench/results/latest.md: one table per size found in the results directory, newest run's sizes first. */
/** Resident memory as the result recorded it (results from before memoryMb have only Fascia's, after the run). */
function memoryLine(result: BenchResult): string {
  if (!result.memoryMb) return `Fascia RSS ${result.rssMb} MB.`;
  const { fascia, jvm } = result.memoryMb;
  const jvmText = jvm ? `; Neo4j's JVM ${jvm.peakUnderLoad} MB at peak, ${jvm.afterLoad} MB after` : '';
  return `Resident memory: Fascia ${fascia.peakUnderLoad} MB at peak under load, ${fascia.afterLoad} MB after${jvmText}.`;
}

export function writeMarkdown(dir: string, fresh: BenchResult[]): void {
  const stored = readdirSync(dir)
    .filter((name) => /^claims-\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as BenchResult)
    .sort((a, b) => a.size - b.size);
  const lines = [
    '# Benchmark results',
    '',
    'p50 / p99 at concurrency 1, throughput at 16 clients (load generator pinned to one core). Ratios are Fascia ÷ floor p50 and Fascia ÷ peer throughput.',
    `Fresh in this run: ${fresh.map((r) => r.size).join(', ') || 'none'}. Method: docs/performance.md.`,
    '',
  ];
  for (const result of stored) {
    lines.push(
      `## ${result.size.toLocaleString('en')} claims`,
      '',
      `Machine: ${result.machine}. Neo4j heap ${result.neo4j.heapMb} MB, page cache ${result.neo4j.pageCacheMb} MB.`,
    );
    lines.push(
      `Load: ${result.load.claimsPerSecond} claims/s. Median degree ${result.targets.medianDegree}; queries start from degree ${result.targets.startDegree}. ${memoryLine(result)}`,
    );
    // Results from before the executor and import fields existed have neither.
    if (result.import) {
      const {
        liveClaimsPerSecond: live,
        bareUnwindClaimsPerSecond: bare,
        offlineClaimsPerSecond: offline,
      } = result.import;
      lines.push(
        `Import: live ${live} claims/s, a bare UNWIND of the same claims ${bare} (${Math.round((100 * live) / bare)} %), offline ${offline ?? '—'}. Executor: ${result.executor}.`,
      );
    }
    lines.push('');
    lines.push(
      '| Query | Fascia | Floor | Peer | Fascia p50 ÷ floor p50 | Fascia rps ÷ peer rps | Cypher statements per request (Fascia / floor / peer) |',
    );
    lines.push('|---|---|---|---|---|---|---|');
    for (const name of queryNames) {
      const q = result.queries[name];
      lines.push(
        `| ${name} | ${cell(q.fascia)} | ${cell(q.floor)} | ${cell(q.peer)} | ${ratio(q.fascia.p50Ms, q.floor.p50Ms)} | ${q.peer ? ratio(q.fascia.rps, q.peer.rps) : '—'} | ${q.cypherPerRequest.fascia} / ${q.cypherPerRequest.floor} / ${q.cypherPerRequest.peer ?? '—'} |`,
      );
    }
    lines.push('');
  }
  writeFileSync(path.join(dir, 'latest.md'), `${lines.join('\n')}\n`);
}
