import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { seedDir } from '../paths';
import { serviceVersion } from '../version';
import { exitCodes, exitOnError } from './failures';

/*
 * `fascia <command>` (bin/fascia.js builds first when dist/ is stale). Each command loads its
 * module only when it runs, so `fascia token` starts no driver and no Neo4j and prints at once.
 */

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('must be a positive whole number');
  return parsed;
}

const program = new Command('fascia')
  .description('Fascia: the bodywork knowledge graph service and its operator tasks')
  .version(serviceVersion)
  .showHelpAfterError('(fascia help <command> for its options)')
  .exitOverride();

program
  .command('start')
  .description('Run the service (embedded Neo4j unless NEO4J_URI is set; an empty graph is seeded)')
  .action(async () => {
    await import('../main.js');
  });

program
  .command('db')
  .description('Run the embedded Neo4j in the foreground; other fascia commands work through it meanwhile')
  .option('-p, --port <port>', 'Bolt port on 127.0.0.1', positiveInteger, 7687)
  .action(async (options: { port: number }) => (await import('./db.js')).runDb(options.port));

program
  .command('seed')
  .description('Validate the seed graph files and load them in one transaction (idempotent)')
  .option('-d, --dir <dir>', 'directory of graph files', seedDir)
  .action(async (options: { dir: string }) => (await import('./seed.js')).runSeed(options.dir));

program
  .command('import')
  .description(
    'Validate graph files (every problem in one report), then load them in batches; a failed import leaves nothing',
  )
  .argument('<path>', 'a .yaml/.json graph file or a directory of them, or a KGX directory (nodes.tsv, edges.tsv)')
  .addOption(
    new Option('-f, --format <format>', 'input format (default: kgx when nodes.tsv is there)').choices(['yaml', 'kgx']),
  )
  .option('-b, --batch-size <n>', 'entries per transaction', positiveInteger, 2000)
  .option('--actor <name>', 'who the change history names', `import:${process.env.USER ?? 'cli'}`)
  .option(
    '--offline',
    "Neo4j's offline importer, into the empty embedded default (automatic when it has no database yet)",
  )
  .action(
    async (target: string, options: { format?: 'yaml' | 'kgx'; batchSize: number; actor: string; offline?: boolean }) =>
      (await import('./import.js')).runImport(target, options),
  );

program
  .command('export')
  .description('Write the whole graph into a directory (created if missing)')
  .argument('<dir>', 'output directory')
  .addOption(
    new Option('-f, --format <format>', 'yaml: backup (import restores it); kgx, graphml, csv, jsonld: for other tools')
      .choices(['yaml', 'kgx', 'graphml', 'csv', 'jsonld'])
      .default('yaml'),
  )
  .option('--base <iri>', "jsonld: where entities' and claims' IRIs start (default http://localhost:4000/id/)")
  .action(async (dir: string, options: { format: string; base?: string }) =>
    (await import('./export.js')).runExport(dir, options),
  );

program
  .command('token')
  .description('Print a signed bearer token (HS256) that this service accepts, alone on its line')
  .addOption(
    new Option('-r, --role <role...>', 'roles to grant').choices(['reader', 'curator', 'admin']).default(['curator']),
  )
  .option(
    '-s, --sub <subject>',
    'who the token names (recorded in change history)',
    process.env.USER ?? 'local-curator',
  )
  .option('-e, --expires <duration>', 'lifetime, e.g. 30m, 2h, 1d (at most FASCIA_JWT_MAX_LIFETIME)', '12h')
  .action(async (options: { role: Array<'reader' | 'curator' | 'admin'>; sub: string; expires: string }) =>
    (await import('./token.js')).runToken(options),
  );

program
  .command('invariants')
  .description("Check the graph's invariants and print a JSON report (exit 1 on any violation)")
  .action(async () => (await import('./invariants.js')).runInvariants());

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? exitCodes.ok : exitCodes.usage);
  exitOnError(error);
});
