import { Command } from 'commander';
import { checkInvariants } from '../repositories/invariants';
import { exitOnError, withDatabase } from './withDatabase';

/**
 * `npm run invariants`: checks a live graph's invariants (every claim has both ends, redirects
 * resolve, ids are unique, no event is orphaned, every history replays to its node's state) and
 * prints a JSON report. Exits 1 when any rule is broken.
 */
async function main(): Promise<void> {
  new Command('invariants').description("Check the graph's invariants and print a JSON report").parse();
  await withDatabase(async (db) => {
    const report = await checkInvariants(db);
    console.log(JSON.stringify({ ...report, ok: report.violations.length === 0 }, null, 2));
    if (report.violations.length > 0) process.exitCode = 1;
  });
}

main().catch(exitOnError);
