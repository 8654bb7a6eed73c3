import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { exportGraph } from '../ingest/export';
import { exportClaimsCsv } from '../ingest/formats/claimsCsv';
import { exportGraphml } from '../ingest/formats/graphml';
import { exitOnError, withDatabase } from './withDatabase';

/**
 * `npm run export -- <dir>`: the whole graph as graph files (yaml, the default: import them to
 * restore it), or for other tools: `--format csv` (claims.csv, one row per claim, for a
 * spreadsheet) or `--format graphml` (fascia.graphml, for Gephi or Cytoscape desktop).
 */
async function main(): Promise<void> {
  const program = new Command('export')
    .description('Write the whole graph into a directory (created if missing)')
    .argument('<dir>', 'output directory')
    .addOption(new Option('-f, --format <format>', 'what to write').choices(['yaml', 'csv', 'graphml']).default('yaml'))
    .parse();
  const dir = path.resolve(program.args[0]!);
  const { format } = program.opts<{ format: 'yaml' | 'csv' | 'graphml' }>();
  mkdirSync(dir, { recursive: true });
  await withDatabase(async (db) => {
    if (format === 'csv') {
      const claims = await exportClaimsCsv(db, path.join(dir, 'claims.csv'));
      console.log(`exported ${claims} claims to ${path.join(dir, 'claims.csv')}`);
    } else if (format === 'graphml') {
      const file = path.join(dir, 'fascia.graphml');
      const { nodes, edges } = await exportGraphml(db, file);
      console.log(`exported ${nodes} entities and ${edges} claims to ${file}`);
    } else {
      const report = await exportGraph(db, dir);
      console.log(
        `exported ${report.entities} entities, ${report.claims} claims and ${report.redirects} redirects to ${dir}`,
      );
    }
  });
}

main().catch(exitOnError);
