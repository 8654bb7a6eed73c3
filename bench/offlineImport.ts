import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../src/paths';
import { measureOfflineImport } from './offlineMeasure';

/**
 * `npm run bench:offline -- --claims 100000,1000000`: the offline import (bench/offlineMeasure.ts)
 * at each size on its own. Writes bench/results/offline-import.json.
 */
async function main(): Promise<void> {
  const options = new Command('bench:offline')
    .option('--claims <list>', 'sizes, comma-separated', '100000')
    .option('--heap <mb>', 'Neo4j heap for the start after the import', '1024')
    .option('--pagecache <mb>', 'Neo4j page cache', '512')
    .parse()
    .opts<{ claims: string; heap: string; pagecache: string }>();
  const results = [];
  for (const claims of options.claims.split(',').map(Number)) {
    const result = await measureOfflineImport(claims, Number(options.heap), Number(options.pagecache));
    console.log(JSON.stringify(result));
    results.push(result);
  }
  const file = path.join(projectRoot, 'bench', 'results', 'offline-import.json');
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
