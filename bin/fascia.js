#!/usr/bin/env node
'use strict';
// The `fascia` command: builds dist/ first when it is missing or older than its sources, then
// runs the compiled CLI. Build output goes to stderr, so `fascia token` prints only the token.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { root, staleReason } = require('./buildState');

const cli = path.join(root, 'dist', 'cli', 'fascia.js');
const reason = staleReason();
if (reason) {
  if (!existsSync(path.join(root, 'node_modules', 'typescript'))) {
    // An installation without dev dependencies (the Docker image) runs what it was built with.
    if (!existsSync(cli)) {
      process.stderr.write('fascia: dist/ is missing and TypeScript is not installed: run npm ci && npm run build\n');
      process.exit(1);
    }
  } else {
    process.stderr.write(`fascia: building first (${reason})\n`);
    const npm = process.env.npm_execpath;
    const build = npm
      ? spawnSync(process.execPath, [npm, 'run', '-s', 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
      : spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (build.status !== 0) {
      process.stderr.write('fascia: the build failed (its errors are above); nothing was run\n');
      process.exit(1);
    }
  }
}
require(cli);
