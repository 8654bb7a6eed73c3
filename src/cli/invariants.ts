import { checkInvariants } from '../repositories/invariants';
import { withDatabase } from './withDatabase';

/**
 * `fascia invariants`: checks a live graph's invariants (every claim has both ends, redirects
 * resolve, ids are unique, no event is orphaned, every history replays to its node's state) and
 * prints a JSON report. Exits 1 when any rule is broken.
 */
export async function runInvariants(): Promise<void> {
  await withDatabase(async (db) => {
    const report = await checkInvariants(db);
    console.log(JSON.stringify({ ...report, ok: report.violations.length === 0 }, null, 2));
    if (report.violations.length > 0) process.exitCode = 1;
  });
}
