import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { Logger } from '../logger';
import { launcherDir, projectRoot } from '../paths';

export interface LauncherBuild {
  neo4jVersion: string;
  /** The `-cp` value for plain `java`: compiled launcher plus Neo4j's jars. */
  classpath: string;
}

const targetDir = path.join(launcherDir, 'target');
const stampFile = path.join(targetDir, 'fascia-build.json');
const lockDir = path.join(targetDir, '.fascia-build-lock');
const staleLockMs = 20 * 60_000;

/** The pinned Neo4j version from the repository's .env, the file docker-compose also reads. */
export function pinnedNeo4jVersion(): string {
  const env = parseEnv(readFileSync(path.join(projectRoot, '.env'), 'utf8'));
  const version = env.NEO4J_VERSION;
  if (!version) throw new Error('NEO4J_VERSION is missing from .env');
  return version;
}

function launcherInputsHash(version: string): string {
  const hash = createHash('sha256').update(version);
  const files = [path.join(launcherDir, 'pom.xml'), ...javaSources(path.join(launcherDir, 'src'))];
  for (const file of files.sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

function javaSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? javaSources(full) : entry.name.endsWith('.java') ? [full] : [];
  });
}

function isBuilt(inputsHash: string): boolean {
  if (!existsSync(stampFile)) return false;
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).inputsHash === inputsHash;
  } catch {
    return false;
  }
}

/**
 * Builds the launcher with Maven unless the build on disk matches the pinned version and the
 * launcher's sources. Concurrent callers (two services, a test run) wait for one build.
 */
export async function ensureLauncherBuilt(logger: Logger): Promise<LauncherBuild> {
  const neo4jVersion = pinnedNeo4jVersion();
  const inputsHash = launcherInputsHash(neo4jVersion);
  const result = {
    neo4jVersion,
    classpath: [path.join(targetDir, 'classes'), path.join(targetDir, 'lib', '*')].join(path.delimiter),
  };
  if (isBuilt(inputsHash)) return result;

  await acquireLock(logger);
  try {
    if (isBuilt(inputsHash)) return result;
    logger.info(
      { neo4jVersion },
      'building the Neo4j launcher with Maven (first start downloads Neo4j: about 125 MB of jars)',
    );
    const started = Date.now();
    rmSync(path.join(targetDir, 'lib'), { recursive: true, force: true });
    await runMaven(['-q', '-B', `-Dneo4j.version=${neo4jVersion}`, 'package']);
    writeFileSync(stampFile, JSON.stringify({ neo4jVersion, inputsHash }, null, 2));
    logger.info({ neo4jVersion, ms: Date.now() - started }, 'Neo4j launcher built');
    return result;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

async function acquireLock(logger: Logger): Promise<void> {
  mkdirSync(targetDir, { recursive: true });
  let waitingLogged = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lockDir).mtimeMs > staleLockMs) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!waitingLogged) logger.info('another process is building the Neo4j launcher; waiting');
      waitingLogged = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) =>
      reject(
        new Error(
          `could not run Maven (is \`mvn\` on PATH? Java 17+ and Maven build the embedded Neo4j): ${error.message}`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Maven failed with exit code ${code}:\n${output}`)),
    );
  });
}
