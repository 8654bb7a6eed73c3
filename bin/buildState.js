'use strict';
// Whether dist/ is older than what it is built from, so `fascia` rebuilds only when it must.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
// Everything `npm run build` reads: the code, the schema, the docs' examples (GraphiQL's tabs)
// and the settings and dependency versions it compiles with.
const inputs = ['src', 'schema', 'docs', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The newest file below `target` with its modification time, or undefined when absent. */
function newest(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return undefined;
  }
  if (!stat.isDirectory()) return { file: target, mtimeMs: stat.mtimeMs };
  let found;
  for (const name of fs.readdirSync(target)) {
    const candidate = newest(path.join(target, name));
    if (candidate && (!found || candidate.mtimeMs > found.mtimeMs)) found = candidate;
  }
  return found;
}

/** Why dist/ must be rebuilt, or null when it is up to date (or there is nothing to build it from). */
function staleReason() {
  let built;
  try {
    built = fs.statSync(stampFile).mtimeMs;
  } catch {
    return 'dist/ has not been built';
  }
  for (const input of inputs) {
    const changed = newest(path.join(root, input));
    if (changed && changed.mtimeMs > built) return `${path.relative(root, changed.file)} changed since the last build`;
  }
  return null;
}

function writeStamp() {
  fs.writeFileSync(stampFile, `${new Date().toISOString()}\n`);
}

module.exports = { root, staleReason, writeStamp };

if (require.main === module && process.argv[2] === '--stamp') writeStamp();
