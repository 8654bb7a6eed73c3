import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../paths';
import { printedSchema } from '../schema';

/**
 * `npm run schema` writes the whole schema, printed, to schema.graphql at the repository root:
 * one file for clients and their code generators. `--check` (run by `npm run check`) fails when
 * the file is not what schema/*.graphql prints.
 */
const options = new Command('schema')
  .option('--check', 'fail when the file is out of date instead of writing it')
  .option('--file <path>', 'the file to write or check', path.join(projectRoot, 'schema.graphql'))
  .parse()
  .opts<{ check?: boolean; file: string }>();
const target = options.file;
const printed = printedSchema();
if (options.check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== printed) {
    console.error(`${target} is out of date with schema/*.graphql: run \`npm run schema\` and commit it`);
    process.exit(1);
  }
} else {
  writeFileSync(target, printed);
  console.log(`wrote ${path.relative(process.cwd(), target) || target}`);
}
