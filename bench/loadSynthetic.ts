import { SingleBar, Presets } from 'cli-progress';
import type { Database } from '../src/db/database';
import type { ClaimRecord } from '../src/domain/records';
import { importInBatches, type ImportReport } from '../src/ingest/load';
import { validateGraph } from '../src/ingest/validateGraph';
import { kindsOfEntities } from '../src/repositories/bulk';
import { syntheticGraph } from './synthetic';

export interface SyntheticLoadReport extends ImportReport {
  validateMs: number;
  claimsPerSecond: number;
  /** The claims written, for the bare-UNWIND baseline. */
  written: ClaimRecord[];
}

/**
 * Generates the synthetic graph and loads it through the ingest module, exactly as
 * `npm run import` would (validation, then batched UNWIND writes tagged with an import id).
 * claimsPerSecond counts the whole import, validation included.
 */
export async function loadSynthetic(
  db: Database,
  claims: number,
  options: { progress?: boolean; batchSize?: number; concurrency?: number } = {},
): Promise<SyntheticLoadReport> {
  const content = syntheticGraph(claims);
  const started = Date.now();
  const graph = await validateGraph([{ file: `synthetic-${claims}`, content }], (ids) => kindsOfEntities(db, ids));
  const validateMs = Date.now() - started;
  const bar = options.progress
    ? new SingleBar({ format: 'load {stage} [{bar}] {value}/{total} {eta}s', hideCursor: true }, Presets.shades_classic)
    : undefined;
  let stage = '';
  const report = await importInBatches(db, graph, {
    actor: 'bench',
    batchSize: options.batchSize ?? 10_000,
    concurrency: options.concurrency ?? 2,
    source: `synthetic:${claims}`,
    onBatch: ({ kind, done, total }) => {
      if (!bar) return;
      if (kind !== stage) {
        if (stage) bar.stop();
        stage = kind;
        bar.start(total, 0, { stage: kind });
      }
      bar.update(done);
    },
  }).finally(() => bar?.stop());
  const totalMs = Date.now() - started;
  return { ...report, validateMs, claimsPerSecond: Math.round(claims / (totalMs / 1000)), written: graph.claims };
}
