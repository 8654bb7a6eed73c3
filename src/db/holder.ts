import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { portAnswers } from './freePort';

/**
 * Who holds a data directory's Neo4j. A long-running holder (the service, `fascia db`) records
 * its Bolt address in the directory while its Neo4j runs, so that a command-line task started
 * beside it can work through that Neo4j instead of failing on the store lock.
 */
export interface Holder {
  bolt: string;
  /** The Node process that started the Neo4j. */
  pid: number;
  command: string;
  since: string;
}

function holderFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j-holder.json');
}

export function announceHolder(dataDir: string, bolt: string): void {
  const holder: Holder = {
    bolt,
    pid: process.pid,
    command: process.argv.slice(1).join(' '),
    since: new Date().toISOString(),
  };
  writeFileSync(holderFile(dataDir), `${JSON.stringify(holder)}\n`, { mode: 0o600 });
}

/** Removes the record, but only this process's own (a newer holder may have replaced it). */
export function withdrawHolder(dataDir: string): void {
  const file = holderFile(dataDir);
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as Holder).pid === process.pid) rmSync(file);
  } catch {
    // Absent or unreadable: there is nothing of ours to withdraw.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The holder whose process lives and whose Bolt port answers, or undefined. */
export async function liveHolder(dataDir: string): Promise<Holder | undefined> {
  let holder: Holder;
  let port: number;
  try {
    holder = JSON.parse(readFileSync(holderFile(dataDir), 'utf8')) as Holder;
    port = Number(new URL(holder.bolt).port);
    if (!Number.isInteger(holder.pid) || !Number.isInteger(port)) return undefined;
  } catch {
    // Absent, or not a record this code wrote: nobody holds the directory as far as we know.
    return undefined;
  }
  if (holder.pid === process.pid || !alive(holder.pid) || !(await portAnswers(port))) return undefined;
  return holder;
}
