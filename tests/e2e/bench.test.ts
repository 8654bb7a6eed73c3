import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBench } from '../../bench/harness';
import { queryNames } from '../../bench/queries';

jest.setTimeout(300_000);

/**
 * The benchmark harness end to end on a tiny graph: three systems started, answers checked for
 * deep equality (runBench throws when any system disagrees with the floor), a short measurement,
 * the offline importer's load of the same graph, memory sampled, results written. No timing is asserted.
 */
describe('npm run bench, on a tiny graph', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-bench-test-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('runs every query on Fascia, the floor and the peer, after checking that they agree', async () => {
    const lines: string[] = [];
    const result = await runBench({
      size: 400,
      neo4jUri: process.env.NEO4J_URI,
      latencyRequests: 3,
      warmupRequests: 5,
      throughputSeconds: 1,
      connections: 2,
      heapMb: 512,
      pageCacheMb: 128,
      offline: true,
      outDir,
      log: (line) => lines.push(line),
    });
    expect(result.size).toBe(400);
    expect(result.load.claimsPerSecond).toBeGreaterThan(0);
    for (const name of queryNames) {
      const query = result.queries[name];
      for (const system of ['fascia', 'floor'] as const) {
        expect(query[system]).toEqual({
          rps: expect.any(Number),
          p50Ms: expect.any(Number),
          p99Ms: expect.any(Number),
        });
        expect(query[system].p50Ms).toBeGreaterThan(0);
      }
      expect(query.peer === null).toBe(!['Q1', 'Q2'].includes(name));
      expect(query.cypherPerRequest.floor).toBe(1);
      expect(query.cypherPerRequest.fascia).toBeGreaterThanOrEqual(1);
    }
    expect(result.rssMb).toBeGreaterThan(0);
    expect(result.memoryMb.fascia.peakUnderLoad).toBeGreaterThan(0);
    // The offline importer loaded the same graph into a store of its own.
    expect(result.import.offlineClaimsPerSecond).toBeGreaterThan(0);
    expect(existsSync(path.join(outDir, 'claims-400.json'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(outDir, 'latest.json'), 'utf8')).size).toBe(400);
    expect(lines.some((line) => line.includes('Q5 fascia'))).toBe(true);
  });
});
