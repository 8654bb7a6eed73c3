import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { upgradeStore } from '../src/curation/legacyClaims';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { LocalNeo4j } from '../src/db/localNeo4j';
import { runAdminImport } from '../src/ingest/offline/adminImport';
import { writeGraphCsv } from '../src/ingest/offline/graphCsv';
import { validateGraph } from '../src/ingest/validateGraph';
import { createLogger } from '../src/logger';
import { projectRoot } from '../src/paths';
import { countGraph } from '../src/repositories/bulk';
import { syntheticGraph } from './synthetic';

/**
 * `npm run bench:offline -- --claims 100000,1000000`: a first load into an empty database the way
 * `fascia import --offline` does it (validation, the importer's CSV files, neo4j-admin database
 * import, then a start of Neo4j that builds the indexes), on the benchmark's synthetic graph.
 * Claims per second count every stage, validation included. Writes bench/results/offline-import.json.
 */
async function measure(claims: number, heapMb: number, pageCacheMb: number) {
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

async function main(): Promise<void> {
  const options = new Command('bench:offline')
    .option('--claims <list>', 'sizes, comma-separated', '100000')
    .option('--heap <mb>', 'Neo4j heap for the start after the import', '1024')
    .option('--pagecache <mb>', 'Neo4j page cache', '512')
    .parse()
    .opts<{ claims: string; heap: string; pagecache: string }>();
  const results = [];
  for (const claims of options.claims.split(',').map(Number)) {
    const result = await measure(claims, Number(options.heap), Number(options.pagecache));
    console.log(JSON.stringify(result));
    results.push(result);
  }
  const file = path.join(projectRoot, 'bench', 'results', 'offline-import.json');
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
