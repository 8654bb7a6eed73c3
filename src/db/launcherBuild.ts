import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { Logger } from '../logger';
import { launcherDir, projectRoot } from '../paths';
import { freePort } from './freePort';

export interface LauncherBuild {
  neo4jVersion: string;
  /** The `-cp` value for plain `java`: the launcher's jar plus Neo4j's jars (jars only, as class-data sharing needs). */
  classpath: string;
  /** The class-data-sharing archive made at build time, when there is one. */
  classArchive: string | null;
}

// From Neo4j's stock conf/neo4j.conf for Java 17+ (server.jvm.additional); without java.nio
// start-up fails with a LinkageError about DirectByteBuffer.
export const jvmFlags = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
];

const targetDir = path.join(launcherDir, 'target');
const stampFile = path.join(targetDir, 'fascia-build.json');
const classArchive = path.join(targetDir, 'neo4j-classes.jsa');
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
  const classpath = [path.join(targetDir, 'fascia-neo4j-launcher.jar'), path.join(targetDir, 'lib', '*')].join(
    path.delimiter,
  );
  const result = () => ({ neo4jVersion, classpath, classArchive: existsSync(classArchive) ? classArchive : null });
  if (isBuilt(inputsHash)) return result();

  await acquireLock(logger);
  try {
    if (isBuilt(inputsHash)) return result();
    logger.info(
      { neo4jVersion },
      'building the Neo4j launcher with Maven (first start downloads Neo4j: about 125 MB of jars)',
    );
    const started = Date.now();
    rmSync(path.join(targetDir, 'lib'), { recursive: true, force: true });
    rmSync(classArchive, { force: true });
    await runMaven(['-q', '-B', `-Dneo4j.version=${neo4jVersion}`, 'package']);
    await makeClassArchive(classpath, logger);
    writeFileSync(stampFile, JSON.stringify({ neo4jVersion, inputsHash }, null, 2));
    logger.info(
      { neo4jVersion, ms: Date.now() - started, classArchive: existsSync(classArchive) },
      'Neo4j launcher built',
    );
    return result();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Runs the launcher once with a throwaway database, through the statement shapes the service
 * sends, and has the JVM dump the classes it loaded into a class-data-sharing archive (JDK's
 * AppCDS, -XX:ArchiveClassesAtExit). Later starts map the archive instead of loading and
 * verifying some 15,000 classes: measured here, a start went from 6.6 s to 4.2 s, which is most
 * of how fast the service is back after its Neo4j dies. Without an archive (this step failed, or
 * another JVM is on PATH later) the JVM starts as before.
 */
async function makeClassArchive(classpath: string, logger: Logger): Promise<void> {
  const data = mkdtempSync(path.join(os.tmpdir(), 'fascia-cds-'));
  const partial = `${classArchive}.partial`;
  try {
    const args = [`-XX:ArchiveClassesAtExit=${partial}`, ...jvmFlags, '-Xmx512m', '-cp', classpath];
    const launcher = [
      'fascia.neo4j.Launcher',
      '--data',
      data,
      '--port',
      String(await freePort()),
      '--no-stdin-watch',
      '--warm-up-and-exit',
    ];
    await run('java', [...args, ...launcher], targetDir);
    renameSync(partial, classArchive);
  } catch (error) {
    logger.warn({ err: error }, 'no class-data-sharing archive for the Neo4j launcher; it will start without one');
  } finally {
    rmSync(data, { recursive: true, force: true });
    rmSync(partial, { force: true });
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
  return run('mvn', args, launcherDir).catch((error: Error & { code?: string }) => {
    throw error.code === 'ENOENT'
      ? new Error('could not run Maven (is `mvn` on PATH? Java 17+ and Maven build the embedded Neo4j)')
      : error;
  });
}

/** Runs a program to completion; rejects with its exit code and the end of its output. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed with exit code ${code}:\n${output}`)),
    );
  });
}
