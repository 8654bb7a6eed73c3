import type { Database } from '../db/database';
import type { StartupTask } from '../db/startup';
import { countGraph } from '../repositories/bulk';
import { seedDir } from '../paths';
import { loadInOneTransaction, readAndValidate, type LoadReport } from './load';

export const seedActor = 'seed';

/** Validates seed/ completely, then loads it in one transaction. */
export async function loadSeed(db: Database, dir = seedDir): Promise<LoadReport> {
  const graph = await readAndValidate(db, dir);
  return loadInOneTransaction(db, graph, seedActor);
}

/** Start-up work: load the seed on the first successful connection when the graph is empty. */
export const seedIfEmptyTask: StartupTask = {
  name: 'seed if empty',
  async run(db) {
    const { entities } = await countGraph(db);
    if (entities === 0) await loadSeed(db);
  },
};
