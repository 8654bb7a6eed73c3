import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config';
import { prepareDataDir } from '../dataDir';
import { liveHolder } from '../db/holder';
import { runAdminImport } from '../ingest/offline/adminImport';
import { writeGraphCsv } from '../ingest/offline/graphCsv';
import type { ParsedFile } from '../ingest/readGraphFiles';
import { validateGraph } from '../ingest/validateGraph';
import { upgradeStore } from '../curation/legacyClaims';
import { createLogger } from '../logger';
import { countGraph } from '../repositories/bulk';
import { beginImport, finishImport } from '../repositories/imports';
import { exitCodes, OperatorError } from './failures';
import { summary } from './progress';
import { withDatabase } from './withDatabase';

/** Where the embedded default keeps its `neo4j` database. */
const storeDir = (config: Config) => path.join(config.dataDir, 'neo4j', 'data', 'databases', 'neo4j');

/** Offline import needs the embedded default's data directory to itself. */
export async function offlineAllowed(config: Config): Promise<string | null> {
  if (config.neo4j.uri) return 'it loads the embedded default, and NEO4J_URI is set';
  const holder = await liveHolder(config.dataDir);
  if (holder) return `the data directory is in use (pid ${holder.pid}): stop the service first`;
  return null;
}

/** The embedded default has no database yet: a first import there goes offline by itself. */
export function storeIsAbsent(config: Config): boolean {
  return !existsSync(storeDir(config));
}

/**
 * `fascia import --offline`: the same validation as a live import, then Neo4j's offline importer
 * writes the whole graph at once into the empty database, and a start of Neo4j builds the
 * indexes and records the import. Refused (nothing written) when the database holds anything.
 */
export async function runOfflineImport(files: ParsedFile[], source: string, actor: string): Promise<void> {
  const config = loadConfig();
  const refused = await offlineAllowed(config);
  if (refused) throw new OperatorError(`--offline: ${refused}; or import without --offline`, exitCodes.usage);
  const started = Date.now();
  const graph = await validateGraph(files);
  const validatedMs = Date.now() - started;
  if (!storeIsAbsent(config)) {
    const held = await withDatabase((db) => countGraph(db));
    if (held.entities + held.claims > 0)
      throw new OperatorError(
        `--offline loads an empty database only, and this one holds ${held.entities} entities and ${held.claims} claims; import without --offline`,
        exitCodes.input,
      );
  }
  prepareDataDir(config.dataDir);
  // Files of an offline import that was interrupted (Ctrl-C skips the cleanup below).
  for (const entry of readdirSync(config.dataDir))
    if (entry.startsWith('offline-import-')) rmSync(path.join(config.dataDir, entry), { recursive: true, force: true });
  const importId = randomUUID();
  const meta = { actor, at: new Date().toISOString(), importId };
  const work = path.join(config.dataDir, `offline-import-${importId}`);
  mkdirSync(work, { recursive: true });
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  try {
    const csv = await writeGraphCsv(graph, work, meta);
    const writtenMs = Date.now() - started;
    await runAdminImport(
      path.join(config.dataDir, 'neo4j'),
      csv,
      path.join(config.dataDir, 'neo4j-admin-import.log'),
      logger,
    );
    const importedMs = Date.now() - started;
    const report = await withDatabase(async (db) => {
      await upgradeStore(db);
      const counts = await countGraph(db);
      const result = {
        importId,
        offline: true,
        entities: { inFiles: graph.entities.length, created: counts.entities },
        claims: { inFiles: graph.claims.length, created: counts.claims },
        redirects: { inFiles: graph.redirects.length, created: graph.redirects.length },
        ms: Date.now() - started,
        stagesMs: { validate: validatedMs, writeCsv: writtenMs - validatedMs, neo4jAdmin: importedMs - writtenMs },
      };
      await beginImport(db, importId, actor, source);
      await finishImport(db, importId, 'done', JSON.stringify(result));
      return result;
    });
    summary(
      report,
      `imported ${report.entities.created} entities and ${report.claims.created} claims offline in ${report.ms} ms (import ${importId})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
