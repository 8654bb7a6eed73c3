import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTokenVerifier } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { freePort } from '../../src/db/freePort';
import { parseTsv } from '../../src/ingest/formats/tsv';
import { projectRoot } from '../../src/paths';
import { graphCounts, testDatabase } from '../helpers/db';
import { waitFor } from '../helpers/graphql';
import { tempDir } from '../helpers/ownNeo4j';
import { ServiceProcess } from '../helpers/service';

/** The `fascia` command as operators run it: bin/fascia.js in a child process. */
jest.setTimeout(300_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function fascia(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'fascia.js'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('fascia, the command line', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = tempDir('fascia-cli-');
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('token: the bare token alone on stdout, without a build, and the service accepts it', async () => {
    const run = await fascia(['token', '--role', 'curator', '--sub', 'cli-test']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)).toHaveLength(1);
    const principal = await createTokenVerifier(loadConfig())(run.stdout.trim());
    expect(principal).toMatchObject({ subject: 'cli-test', roles: ['curator'] });
  });

  it('says operator mistakes in one line, with documented exit codes', async () => {
    const unknown = await fascia(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);

    const badFormat = await fascia(['export', '--format', 'xlsx', scratch()]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/Allowed choices are yaml, kgx, graphml, csv, jsonld/);

    const missing = await fascia(['import', path.join(scratch(), 'no-such-dir')]);
    expect(missing.code).toBe(3);
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/no-such-dir: no such file or directory$/)]);

    // An output file that cannot be written (here, a directory in its place): one line, exit 3.
    const blocked = scratch();
    mkdirSync(path.join(blocked, 'claims.csv'));
    const unwritable = await fascia(['export', '--format', 'csv', blocked]);
    expect(unwritable.code).toBe(3);
    expect(lines(unwritable.stderr)).toEqual([expect.stringMatching(/claims\.csv: cannot write \(EISDIR\)$/)]);

    const badDuration = await fascia(['token', '--expires', '3y']);
    expect(badDuration.code).toBe(2);
    expect(lines(badDuration.stderr)).toEqual(['fascia: --expires: must be a duration such as 30m or 12h, got "3y"']);
  });

  it('import reports an enum error and a missing reference in one run, and writes nothing', async () => {
    const file = path.join(scratch(), 'claims.yaml');
    writeFileSync(
      file,
      [
        'claims:',
        '  - subject: massage-therapy',
        '    predicate: TREATS',
        '    object: no-such-condition',
        '    statement: Massage eases something that is not in the graph.',
        '    evidence: { level: PRETTY_GOOD }',
        '    citations: [{ source: bodywork-forms-article, locator: whole }]',
        '',
      ].join('\n'),
    );
    const db = testDatabase();
    try {
      const before = await graphCounts(db);
      const run = await fascia(['import', file]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/evidence\.level: /);
      expect(run.stderr).toMatch(/object: no entity "no-such-condition"/);
      expect(await graphCounts(db)).toEqual(before);
    } finally {
      await db.driver.close();
    }
  });

  it('export while the service holds the data directory runs through its Neo4j', async () => {
    const dataDir = scratch();
    const port = await freePort();
    const service = new ServiceProcess({ PORT: String(port), FASCIA_DATA_DIR: dataDir, NEO4J_URI: '' });
    try {
      await waitFor(
        'ready',
        async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200,
        240_000,
      );
      const out = path.join(scratch(), 'kgx');
      const run = await fascia(['export', '--format', 'kgx', out], { FASCIA_DATA_DIR: dataDir, NEO4J_URI: '' });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(new RegExp(`held by a running process \\(pid ${service.pid}\\)`));
      const summary = JSON.parse(run.stdout) as { entities: number; claims: number; files: string[] };
      expect(summary.entities).toBeGreaterThan(100);
      expect(parseTsv(readFileSync(path.join(out, 'nodes.tsv'), 'utf8'))).toHaveLength(summary.entities);
      expect(parseTsv(readFileSync(path.join(out, 'edges.tsv'), 'utf8'))).toHaveLength(summary.claims);
      // The service is still serving, on the same Neo4j.
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    } finally {
      service.kill('SIGTERM');
      await service.waitForExit();
    }
  });

  it('a first import into a data directory with no database goes offline; a second --offline is refused', async () => {
    const dataDir = scratch();
    const env = { FASCIA_DATA_DIR: dataDir, NEO4J_URI: '' };
    const first = await fascia(['import', path.join(projectRoot, 'seed')], env);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { offline: boolean; entities: { inFiles: number; created: number } };
    expect(report.offline).toBe(true);
    expect(report.entities.created).toBe(report.entities.inFiles);
    const invariants = await fascia(['invariants'], env);
    expect(invariants.code).toBe(0);
    expect(JSON.parse(invariants.stdout)).toMatchObject({ ok: true });

    const again = await fascia(['import', '--offline', path.join(projectRoot, 'seed')], env);
    expect(again.code).toBe(3);
    expect(lines(again.stderr)).toEqual([
      expect.stringMatching(/--offline loads an empty database only, and this one holds \d+ entities/),
    ]);
  });
});
