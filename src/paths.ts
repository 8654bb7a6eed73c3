import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file that holds package.json. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

// Works from src/ (ts, tests) and from dist/ (compiled) alike.
export const projectRoot = findProjectRoot(__dirname);
export const launcherDir = path.join(projectRoot, 'neo4j');
export const seedDir = path.join(projectRoot, 'seed');
export const schemaDir = path.join(projectRoot, 'schema');
