import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/freePort';
import { projectRoot } from '../../src/paths';
import { waitFor } from '../helpers/graphql';

/*
 * The Docker image runs the service as an unprivileged user over a root-owned /app with only
 * its data volume writable. Without a Docker engine here, the same is done directly: the built
 * service run as `nobody` (setpriv) from this root-owned tree, FASCIA_DATA_DIR a directory
 * `nobody` owns, no JWT secret given (it must create one there), against the run's Neo4j.
 */

const nobody = 65534;
const canSwitchUser = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
const maybe = canSwitchUser ? describe : describe.skip;
if (!canSwitchUser)
  console.log('unprivileged start: skipped (needs root and setpriv to switch to an unprivileged user)');

maybe('the service as an unprivileged user, with only its data directory writable', () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fascia-unprivileged-'));
  let stderr = '';

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, becomes ready and keeps its generated secret in the data directory', async () => {
    expect(statSync(projectRoot).uid).toBe(0);
    chownSync(dataDir, nobody, nobody);
    const port = await freePort();
    child = spawn(
      'setpriv',
      [
        `--reuid=${nobody}`,
        `--regid=${nobody}`,
        '--clear-groups',
        '--',
        process.execPath,
        path.join(projectRoot, 'dist', 'main.js'),
      ],
      {
        cwd: projectRoot,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          FASCIA_DATA_DIR: dataDir,
          NEO4J_URI: process.env.NEO4J_URI,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await waitFor(
      'ready 200',
      async () =>
        child!.exitCode === null
          ? (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.status === 200
          : Promise.reject(new Error(`exited ${child!.exitCode}: ${stderr}`)),
      120_000,
    );
    const secret = path.join(dataDir, 'jwt-secret');
    expect(existsSync(secret)).toBe(true);
    expect(statSync(secret).uid).toBe(nobody);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { service } }' }),
    });
    expect((await response.json()).data.about.service).toMatch(/^fascia/);
    expect(stderr).toBe('');
  });
});
