import { loadSeed } from '../ingest/seed';
import { graphSummary } from '../repositories/summary';
import { summary } from './progress';
import { withDatabase } from './withDatabase';

/** `fascia seed`: validates the seed graph files and loads them in one transaction (idempotent). */
export async function runSeed(dir: string): Promise<void> {
  await withDatabase(async (db) => {
    const report = await loadSeed(db, dir);
    const totals = await graphSummary(db);
    summary(
      { ...report, graph: totals },
      `seed: ${report.entities.created} of ${report.entities.inFiles} entities and ${report.claims.created} of ` +
        `${report.claims.inFiles} claims created (the rest were already present) in ${report.ms} ms\n` +
        JSON.stringify(totals, null, 2),
    );
  });
}
