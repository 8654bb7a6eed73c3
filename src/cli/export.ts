import path from 'node:path';
import { Command } from 'commander';
import { exportGraph } from '../ingest/export';
import { exitOnError, withDatabase } from './withDatabase';

/** `npm run export -- <dir>`: the whole graph as graph files; import them to restore it. */
async function main(): Promise<void> {
  const program = new Command('export')
    .description('Write the whole graph as graph files (the seed format) into a directory')
    .argument('<dir>', 'output directory (created if missing)')
    .parse();
  const dir = path.resolve(program.args[0]!);
  await withDatabase(async (db) => {
    const report = await exportGraph(db, dir);
    console.log(
      `exported ${report.entities} entities, ${report.claims} claims and ${report.redirects} redirects to ${dir}`,
    );
  });
}

main().catch(exitOnError);
