import { Command } from 'commander';
import { loadSeed } from '../ingest/seed';
import { seedDir } from '../paths';
import { graphSummary } from '../repositories/summary';
import { exitOnError, withDatabase } from './withDatabase';

/** `npm run seed`: validate seed/ and load it in one transaction; prints what it created and the totals. */
async function main(): Promise<void> {
  const { dir } = new Command('seed')
    .description('Validate the seed graph files and load them in one transaction (idempotent)')
    .option('-d, --dir <dir>', 'directory of graph files', seedDir)
    .parse()
    .opts<{ dir: string }>();
  await withDatabase(async (db) => {
    const report = await loadSeed(db, dir);
    console.log(
      `seed: ${report.entities.created} of ${report.entities.inFiles} entities and ${report.claims.created} of ` +
        `${report.claims.inFiles} claims created (the rest were already present) in ${report.ms} ms`,
    );
    console.log(JSON.stringify(await graphSummary(db), null, 2));
  });
}

main().catch(exitOnError);
