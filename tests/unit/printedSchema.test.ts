import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, findBreakingChanges, buildASTSchema } from 'graphql';
import { projectRoot } from '../../src/paths';
import { loadTypeDefs, printedSchema } from '../../src/schema';

const cli = path.join(projectRoot, 'src', 'cli', 'printSchema.ts');
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

describe('schema.graphql: the whole schema printed, for clients', () => {
  it('is up to date with schema/*.graphql', () => {
    expect(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8')).toBe(printedSchema());
  });

  it('is the schema the service serves, descriptions included', () => {
    const printed = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'));
    const served = buildASTSchema(loadTypeDefs());
    expect(findBreakingChanges(served, printed)).toEqual([]);
    expect(findBreakingChanges(printed, served)).toEqual([]);
    expect(printed.getType('Claim')?.description).toBeTruthy();
  });

  it('`--check` fails on a stale file and passes on a fresh one', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fascia-schema-')), 'schema.graphql');
    writeFileSync(file, printedSchema().replace('hasPreviousPage', 'hasPrevPage'));
    const stale = spawnSync(tsx, [cli, '--check', '--file', file], { encoding: 'utf8' });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/out of date/);
    execFileSync(tsx, [cli, '--file', file]);
    expect(spawnSync(tsx, [cli, '--check', '--file', file]).status).toBe(0);
  });
});
