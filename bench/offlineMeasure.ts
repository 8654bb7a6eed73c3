import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { upgradeStore } from '../src/curation/legacyClaims';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { LocalNeo4j } from '../src/db/localNeo4j';
import { runAdminImport } from '../src/ingest/offline/adminImport';
import { writeGraphCsv } from '../src/ingest/offline/graphCsv';
import { validateGraph } from '../src/ingest/validateGraph';
import { createLogger } from '../src/logger';
import { countGraph } from '../src/repositories/bulk';
import { syntheticGraph } from './synthetic';

/**
 * A first load of the synthetic graph into an empty database the way `fascia import --offline`
 * does it (validation, the importer's CSV files, neo4j-admin database import, then a start of
 * Neo4j that builds the indexes), each stage timed. Claims per second count every stage,
 * validation included. Used by `npm run bench:offline` and by `npm run bench` at each size.
 */
export type OfflineImportMeasurement = Awaited<ReturnType<typeof measureOfflineImport>>;

export async function measureOfflineImport(claims: number, heapMb: number, pageCacheMb: number) {
  const logger = createLogger('warn');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-offline-bench-'));
  const stages: Record<string, number> = {};
  let last = Date.now();
  const stage = (name: string) => {
    const now = Date.now();
    stages[name] = now - last;
    last = now;
  };
  try {
    const content = syntheticGraph(claims);
    last = Date.now();
    const started = last;
    const graph = await validateGraph([{ file: `synthetic-${claims}`, content }]);
    stage('validateMs');
    const files = await writeGraphCsv(graph, path.join(dataDir, 'csv'), {
      actor: 'bench',
      at: new Date().toISOString(),
      importId: 'bench',
    });
    stage('writeCsvMs');
    const neo4j = new LocalNeo4j({
      dataDir,
      heapMb,
      pageCacheMb,
      startTimeoutMs: 600_000,
      restartOnCrash: false,
      logger,
    });
    await runAdminImport(neo4j.home, files, path.join(dataDir, 'admin.log'), logger);
    stage('neo4jAdminMs');
    const uri = await neo4j.start();
    const db = new Database(createDriver({ uri, user: 'neo4j', password: '', logger }), {
      database: 'neo4j',
      transactionTimeoutMs: 600_000,
    });
    try {
      stage('startMs');
      await upgradeStore(db);
      await db.write('CALL db.awaitIndexes(600)');
      stage('indexesMs');
      const counts = await countGraph(db);
      const totalMs = Date.now() - started;
      return {
        claims,
        entities: counts.entities,
        loadedClaims: counts.claims,
        ...stages,
        totalMs,
        claimsPerSecond: Math.round(claims / (totalMs / 1000)),
      };
    } finally {
      await db.driver.close();
      await neo4j.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
