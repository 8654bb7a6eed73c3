import path from 'node:path';
import type { Database } from '../db/database';
import { exportGraph } from '../ingest/export';
import { exportClaimsCsv } from '../ingest/formats/claimsCsv';
import { exportGraphml } from '../ingest/formats/graphml';
import { defaultBase, exportJsonld } from '../ingest/formats/jsonld';
import { exportKgx } from '../ingest/formats/kgxWrite';
import type { ExportSummary, Tick } from '../ingest/formats/output';
import { countGraph } from '../repositories/bulk';
import { exitCodes, OperatorError } from './failures';
import { mustBeWritableDir } from './paths';
import { progressBar, summary } from './progress';
import { withDatabase } from './withDatabase';

export interface ExportOptions {
  format: string;
  /** Where JSON-LD's entity and claim IRIs start. */
  base?: string;
}

/** What each format writes into the directory (README, "Exports"). */
export const exportFormats: Record<
  string,
  (db: Database, dir: string, tick: Tick, options: ExportOptions) => Promise<ExportSummary>
> = {
  yaml: exportGraph,
  kgx: exportKgx,
  graphml: exportGraphml,
  csv: exportClaimsCsv,
  jsonld: (db, dir, tick, options) => exportJsonld(db, dir, tick, options.base ?? defaultBase),
};

/**
 * `fascia export --format <format> <dir>`: the whole graph into `dir` (created if missing):
 * yaml (the backup, history included; import restores it), kgx, graphml, csv or jsonld.
 */
export async function runExport(dir: string, options: ExportOptions): Promise<void> {
  const { format } = options;
  const target = path.resolve(dir);
  if (options.base !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(options.base))
    throw new OperatorError(
      `--base: must be an absolute IRI such as https://example.org/id/, got "${options.base}"`,
      exitCodes.usage,
    );
  mustBeWritableDir(target);
  await withDatabase(async (db) => {
    const totals = await countGraph(db);
    const bar = progressBar(`export ${format}`);
    let stage = '';
    const summaryOf = await exportFormats[format]!(
      db,
      target,
      (kind) => {
        if (kind !== stage) bar.stage((stage = kind), totals[kind]);
        bar.tick();
      },
      options,
    ).finally(() => bar.stop());
    summary(
      { format, dir: target, ...summaryOf },
      `exported ${summaryOf.entities} entities and ${summaryOf.claims} claims as ${format} to ${target}: ` +
        summaryOf.files.map((file) => path.relative(target, file)).join(', '),
    );
  });
}
