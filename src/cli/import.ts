import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { importInBatches, readAndValidate } from '../ingest/load';
import { exitOnError, withDatabase } from './withDatabase';

/**
 * `npm run import -- <path>`: validate graph files (a file or a directory), then load them in
 * batches tagged with an import id. A failure removes everything the import wrote.
 */
async function main(): Promise<void> {
  const program = new Command('import')
    .description('Import graph files (the seed format) in batches; a failed import leaves nothing behind')
    .argument('<path>', 'a .yaml/.json graph file or a directory of them')
    .option('-b, --batch-size <n>', 'entries per transaction', '2000')
    .option('--actor <name>', 'who the change history names', `import:${process.env.USER ?? 'cli'}`)
    .parse();
  const target = path.resolve(program.args[0]!);
  const options = program.opts<{ batchSize: string; actor: string }>();
  await withDatabase(async (db) => {
    const graph = await readAndValidate(db, target);
    const bar = new SingleBar(
      { format: 'import {stage} [{bar}] {value}/{total}', hideCursor: true },
      Presets.shades_classic,
    );
    let stage = '';
    const report = await importInBatches(db, graph, {
      actor: options.actor,
      batchSize: Number(options.batchSize),
      source: target,
      onBatch: ({ kind, done, total }) => {
        if (kind !== stage) {
          if (stage) bar.stop();
          stage = kind;
          bar.start(total, 0, { stage: kind });
        }
        bar.update(done);
      },
    }).finally(() => bar.stop());
    console.log(JSON.stringify(report, null, 2));
  });
}

main().catch(exitOnError);
