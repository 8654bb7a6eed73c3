import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import type { Logger } from '../../logger';
import { ensureLauncherBuilt } from '../../db/launcherBuild';
import { arrayDelimiter } from './adminCsv';
import type { AdminFiles } from './graphCsv';

/**
 * Runs Neo4j's offline importer (`neo4j-admin database import full`, from the neo4j-import-tool
 * jar the launcher already has, the server's own version) into the embedded default's home,
 * replacing its empty `neo4j` database. Neo4j must not be running there. The importer's output
 * goes to `logFile`; a failure throws with its last lines.
 */
export async function runAdminImport(home: string, files: AdminFiles, logFile: string, logger: Logger): Promise<void> {
  const { classpath } = await ensureLauncherBuilt(logger);
  mkdirSync(home, { recursive: true });
  const args = [
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...files.nodes.map((file) => `--nodes=${file}`),
    ...files.relationships.map((file) => `--relationships=${file}`),
    `--array-delimiter=${arrayDelimiter}`,
    // Its report goes beside its log, not into whatever directory the command was run from.
    `--report-file=${logFile.replace(/\.log$/, '.report')}`,
    // Quoted cells may hold line breaks (validation allows them in text); off, the importer splits such rows.
    ...(files.multiline ? ['--multiline-fields=true'] : []),
    '--overwrite-destination=true',
    'neo4j',
  ];
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const [code] = (await once(child, 'exit')) as [number | null];
  log.end();
  if (code !== 0)
    throw new Error(`neo4j-admin import failed (exit ${code}): ${tail.slice(-5).join(' / ')} (log: ${logFile})`);
}
