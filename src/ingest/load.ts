import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database';
import { upgradeStore } from '../curation/legacyClaims';
import {
  claimIdsInGraph,
  createClaims,
  createEntities,
  createRedirects,
  kindsOfEntities,
  linkReports,
  type WriteMeta,
} from '../repositories/bulk';
import {
  abandonedImports,
  beginImport,
  finishImport,
  importHeartbeat,
  removeImportedNodes,
} from '../repositories/imports';
import { readGraphFiles, type ParsedFile } from './readGraphFiles';
import { validateGraph, type ValidatedGraph } from './validateGraph';

export interface LoadReport {
  entities: { inFiles: number; created: number };
  claims: { inFiles: number; created: number };
  redirects: { inFiles: number; created: number };
  ms: number;
}

/** Fully validates parsed graph files against themselves and the graph; writes nothing. */
export async function validateAgainstGraph(db: Database, files: ParsedFile[]): Promise<ValidatedGraph> {
  return validateGraph(
    files,
    (ids) => kindsOfEntities(db, ids),
    (ids) => claimIdsInGraph(db, ids),
  );
}

/** Reads and fully validates graph files against themselves and the graph; writes nothing. */
export async function readAndValidate(db: Database, target: string): Promise<ValidatedGraph> {
  return validateAgainstGraph(db, readGraphFiles(target));
}

function report(graph: ValidatedGraph, created: [number, number, number], started: number): LoadReport {
  return {
    entities: { inFiles: graph.entities.length, created: created[0] },
    claims: { inFiles: graph.claims.length, created: created[1] },
    redirects: { inFiles: graph.redirects.length, created: created[2] },
    ms: Date.now() - started,
  };
}

/**
 * Loads a validated graph in one transaction (the seed): all of it or none of it. Existing
 * entities and claims are left untouched, so a second load changes nothing.
 */
export async function loadInOneTransaction(db: Database, graph: ValidatedGraph, actor: string): Promise<LoadReport> {
  const started = Date.now();
  await upgradeStore(db);
  const meta: WriteMeta = { actor, at: new Date().toISOString(), importId: null };
  const created = await db.writeTransaction(
    async (tx) =>
      [
        await createEntities(tx, graph.entities, meta),
        await createClaims(tx, graph.claims, meta),
        await createRedirects(tx, graph.redirects, meta),
      ] as [number, number, number],
    120_000,
  );
  return report(graph, created, started);
}

type ImportStage = 'entities' | 'claims' | 'redirects';

export interface ImportOptions {
  actor: string;
  /** Entries per transaction. */
  batchSize?: number;
  /** Transactions of one stage in flight at once (1: one after another). */
  concurrency?: number;
  /** Names the input in the Import record. */
  source?: string;
  /** Called after each committed batch; throwing from it aborts (and undoes) the import. */
  onBatch?: (progress: { kind: ImportStage; done: number; total: number }) => void | Promise<void>;
}

export interface ImportReport extends LoadReport {
  importId: string;
}

/**
 * Loads a validated graph in batches, each its own transaction, every node tagged with a fresh
 * import id. If any batch fails (or onBatch throws), everything tagged with that id is deleted
 * again, so no import stays half-applied; the error is then rethrown.
 */
export async function importInBatches(
  db: Database,
  graph: ValidatedGraph,
  options: ImportOptions,
): Promise<ImportReport> {
  const started = Date.now();
  const importId = randomUUID();
  const batchSize = options.batchSize ?? 2_000;
  const concurrency = options.concurrency ?? 1;
  await upgradeStore(db);
  await removeAbandonedImports(db);
  await beginImport(db, importId, options.actor, options.source ?? 'api');
  const meta: WriteMeta = { actor: options.actor, at: new Date().toISOString(), importId };
  const created: [number, number, number] = [0, 0, 0];
  try {
    const stages: Array<
      [ImportStage, unknown[], (tx: Tx, rows: never[], meta: WriteMeta) => Promise<number>, 0 | 1 | 2]
    > = [
      ['entities', graph.entities, createEntities, 0],
      ['claims', graph.claims, createClaims, 1],
      ['redirects', graph.redirects, createRedirects, 2],
    ];
    for (const [kind, items, create, slot] of stages) {
      const batches: never[][] = [];
      for (let offset = 0; offset < items.length; offset += batchSize)
        batches.push(items.slice(offset, offset + batchSize) as never[]);
      let done = 0;
      let next = 0;
      // Up to `concurrency` batches of one stage at a time; each is its own transaction.
      const worker = async () => {
        while (next < batches.length) {
          const batch = batches[next++]!;
          const count = await db.writeTransaction((tx) => create(tx, batch, meta), 120_000);
          created[slot] += count;
          // Apart from the batch: parallel batches would otherwise queue on the Import node's lock.
          await db.writeTransaction((tx) => importHeartbeat(tx, importId));
          done += batch.length;
          await options.onBatch?.({ kind, done, total: items.length });
        }
      };
      const workers = Array.from({ length: Math.min(concurrency, batches.length) }, worker);
      const results = await Promise.allSettled(workers);
      const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failure) throw failure.reason;
    }
    // A claim may report one a later batch wrote; now every claim of the import is there.
    const reporting = graph.claims.filter((claim) => claim.reports.length > 0);
    for (let offset = 0; offset < reporting.length; offset += batchSize)
      await db.writeTransaction((tx) => linkReports(tx, reporting.slice(offset, offset + batchSize), importId));
  } catch (error) {
    await removeImportedNodes(db, importId);
    await finishImport(db, importId, 'failed', (error as Error).message.slice(0, 500));
    throw error;
  }
  const result = { importId, ...report(graph, created, started) };
  await finishImport(db, importId, 'done', JSON.stringify(result));
  return result;
}

/** Undoes imports whose process died mid-way (no heartbeat for abandonedAfterMs). */
export async function removeAbandonedImports(db: Database): Promise<string[]> {
  const ids = await abandonedImports(db);
  for (const id of ids) {
    await removeImportedNodes(db, id);
    await finishImport(db, id, 'failed', 'abandoned: no heartbeat; partial writes removed');
  }
  return ids;
}
