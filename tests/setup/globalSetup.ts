import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/db/localNeo4j';
import { createLogger } from '../../src/logger';

declare global {
  var fasciaTestNeo4j: LocalNeo4j | undefined;
}

/**
 * One Neo4j for the whole run: NEO4J_URI when set, else an embedded one on a free port with a
 * throwaway data directory. Tests read NEO4J_URI (tests/helpers/env.ts).
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'warn';
  if (process.env.NEO4J_URI) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-test-'));
  const neo4j = new LocalNeo4j({
    dataDir,
    heapMb: 768,
    pageCacheMb: 256,
    startTimeoutMs: 600_000,
    restartOnCrash: false,
    logger: createLogger(process.env.LOG_LEVEL),
  });
  process.env.NEO4J_URI = await neo4j.start();
  process.env.FASCIA_TEST_DATA_DIR = dataDir;
  globalThis.fasciaTestNeo4j = neo4j;
}
