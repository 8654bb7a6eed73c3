import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/db/localNeo4j';
import { createLogger } from '../../src/logger';

/**
 * A Neo4j of the test's own, for tests that stop or kill the database: the run's shared one must
 * stay up for everyone else (README, "Tests").
 */
export function ownNeo4j(port?: number): { neo4j: LocalNeo4j; dataDir: string; cleanup(): Promise<void> } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-own-'));
  const neo4j = new LocalNeo4j({
    dataDir,
    port,
    heapMb: 512,
    pageCacheMb: 64,
    startTimeoutMs: 300_000,
    restartOnCrash: false,
    logger: createLogger(process.env.LOG_LEVEL ?? 'warn'),
  });
  return {
    neo4j,
    dataDir,
    async cleanup() {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
