import { accessSync, constants, mkdirSync } from 'node:fs';
import { exitCodes, OperatorError } from './failures';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  return code ?? (error as Error).message;
}

/** Fails in one line, before any database is started, when `target` cannot be read. */
export function mustBeReadable(target: string): void {
  try {
    accessSync(target, constants.R_OK);
  } catch (error) {
    throw new OperatorError(`${target}: ${reason(error)}`, exitCodes.input);
  }
}

/** Creates `dir` (and its parents) and checks it can be written, before any database is started. */
export function mustBeWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new OperatorError(`${dir}: cannot write there (${reason(error)})`, exitCodes.input);
  }
}
