import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDir } from './paths';

/** The SDL of schema/*.graphql, in file-name order, as Apollo and codegen both read it. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(path.join(schemaDir, name), 'utf8'));
}
