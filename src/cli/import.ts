import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { importInBatches, validateAgainstGraph } from '../ingest/load';
import { readKgx } from '../ingest/formats/kgxRead';
import { readGraphFiles, type ParsedFile } from '../ingest/readGraphFiles';
import { mustBeReadable } from './paths';
import { progressBar, summary } from './progress';
import { loadConfig } from '../config';
import { offlineAllowed, runOfflineImport, storeIsAbsent } from './offlineImport';
import { withDatabase } from './withDatabase';

export type ImportFormat = 'yaml' | 'kgx';

export interface ImportOptions {
  format?: ImportFormat;
  batchSize: number;
  actor: string;
  /** Neo4j's offline importer into the empty embedded default (also chosen when it has no store yet). */
  offline?: boolean;
}

/** KGX when asked, or when the path is a .tsv file or a directory holding a *nodes.tsv. */
function detectFormat(target: string): ImportFormat {
  if (target.endsWith('.tsv')) return 'kgx';
  if (statSync(target).isDirectory() && readdirSync(target).some((name) => name.endsWith('nodes.tsv'))) return 'kgx';
  return 'yaml';
}

/** Reads the input without a database: a missing path or a syntax error is said in a second, not after Neo4j starts. */
export function readInput(target: string, format?: ImportFormat): ParsedFile[] {
  mustBeReadable(target);
  return (format ?? detectFormat(target)) === 'kgx' ? readKgx(target) : readGraphFiles(target);
}

/**
 * `fascia import <path>`: validates graph files (the seed's format, or KGX TSV) completely, every
 * problem in one report, then loads them in batches tagged with an import id. A failure removes
 * everything the import wrote.
 */
export async function runImport(target: string, options: ImportOptions): Promise<void> {
  const files = readInput(path.resolve(target), options.format);
  const config = loadConfig();
  // A first load into a data directory with no database yet goes offline by itself.
  if (options.offline || (storeIsAbsent(config) && (await offlineAllowed(config)) === null))
    return runOfflineImport(files, path.resolve(target), options.actor);
  await withDatabase(async (db) => {
    const graph = await validateAgainstGraph(db, files);
    const bar = progressBar('import');
    let stage = '';
    const report = await importInBatches(db, graph, {
      actor: options.actor,
      batchSize: options.batchSize,
      source: path.resolve(target),
      onBatch: ({ kind, done, total }) => {
        if (kind !== stage) bar.stage((stage = kind), total);
        bar.tick(done);
      },
    }).finally(() => bar.stop());
    summary(
      report,
      `imported ${report.entities.created} entities, ${report.claims.created} claims and ` +
        `${report.redirects.created} redirects in ${report.ms} ms (import ${report.importId})`,
    );
  });
}
