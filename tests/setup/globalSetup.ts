import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { LocalNeo4j } from '../../src/db/localNeo4j';
import { upgradeStore } from '../../src/curation/legacyClaims';
import { loadSeed } from '../../src/ingest/seed';
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
  // In-process servers sign and check tokens with this; nothing is written under the repository.
  process.env.FASCIA_JWT_SECRET ??= 'fascia-test-secret-not-for-production-0123456789';
  if (!process.env.NEO4J_URI) await startEmbedded();
  await seedSharedDatabase(process.env.NEO4J_URI!);
}

/** Every suite reads the seed graph; writing suites add their own prefixed data and remove it. */
async function seedSharedDatabase(uri: string): Promise<void> {
  const logger = createLogger('warn');
  const db = new Database(
    createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', logger }),
    {
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      transactionTimeoutMs: 60_000,
    },
  );
  try {
    await upgradeStore(db);
    await loadSeed(db);
  } finally {
    await db.driver.close();
  }
}

async function startEmbedded(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-test-'));
  const neo4j = new LocalNeo4j({
    dataDir,
    heapMb: 768,
    pageCacheMb: 256,
    startTimeoutMs: 600_000,
    restartOnCrash: false,
    logger: createLogger(process.env.LOG_LEVEL ?? 'warn'),
  });
  process.env.NEO4J_URI = await neo4j.start();
  process.env.FASCIA_TEST_DATA_DIR = dataDir;
  globalThis.fasciaTestNeo4j = neo4j;
}
