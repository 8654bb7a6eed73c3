import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../src/paths';

/*
 * docker-compose.yml as Compose reads it. No Docker engine is needed to validate and resolve the
 * file (`docker-compose config`); building and running the images is not tested here.
 */

const available = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
const maybe = available ? describe : describe.skip;
if (!available)
  console.log("docker-compose.yml: skipped (needs Debian's docker-compose: apt-get install docker-compose)");

function config(env: Record<string, string | undefined>) {
  const environment = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete environment[key];
  return spawnSync('docker-compose', ['--project-directory', projectRoot, 'config'], {
    cwd: projectRoot,
    env: environment,
    encoding: 'utf8',
  });
}

maybe('docker-compose.yml', () => {
  it('refuses to resolve without NEO4J_PASSWORD: there is no default password', () => {
    const run = config({ NEO4J_PASSWORD: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/set NEO4J_PASSWORD/);
  });

  it('with a password: Bolt on loopback only, restart policies, a data volume the API owns', () => {
    const run = config({ NEO4J_PASSWORD: 'a-test-password', FASCIA_JWT_SECRET: undefined });
    expect(run.status).toBe(0);
    const resolved = parse(run.stdout) as {
      services: Record<
        string,
        { ports?: unknown[]; restart?: string; volumes?: unknown[]; environment?: Record<string, string> }
      >;
    };
    const { neo4j, api } = resolved.services;
    expect(neo4j!.ports!.map(String)).toEqual([expect.stringMatching(/^127\.0\.0\.1:7687:7687/)]);
    expect(neo4j!.environment!.NEO4J_AUTH).toBe('neo4j/a-test-password');
    expect(api!.environment!.NEO4J_PASSWORD).toBe('a-test-password');
    expect([neo4j!.restart, api!.restart]).toEqual(['unless-stopped', 'unless-stopped']);
    expect(JSON.stringify(api!.volumes)).toMatch(/api-data.*\/data|\/data.*api-data/);
    // The image keeps the data volume as its one writable place and checks readiness itself.
    const dockerfile = readFileSync(path.join(projectRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/health\/ready/m);
    expect(dockerfile).toMatch(/^ENV .*FASCIA_DATA_DIR=\/data/m);
  });
});
