import { accessSync, constants, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A data directory the process cannot use; the message is one line naming the directory and why. */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

/**
 * Makes sure `dir` exists and this process can write in it, before anything is started there.
 * Directories are created one level at a time: Node's recursive mkdir never returns on some
 * pseudo file systems (under /proc it spins at full CPU), where a plain mkdir fails at once.
 */
export function prepareDataDir(dir: string): void {
  const absolute = path.resolve(dir);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      if (!statSync(existing).isDirectory())
        throw new DataDirError(`FASCIA_DATA_DIR ${absolute}: ${existing} is not a directory`);
      break;
    } catch (error) {
      if (error instanceof DataDirError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unusable(absolute, error);
      missing.unshift(existing);
      const parent = path.dirname(existing);
      if (parent === existing) throw unusable(absolute, error);
      existing = parent;
    }
  }
  try {
    for (const directory of missing) mkdirSync(directory);
    accessSync(absolute, constants.W_OK);
    const probe = path.join(absolute, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    throw unusable(absolute, error);
  }
}

function unusable(dir: string, error: unknown): DataDirError {
  const { code, message } = error as NodeJS.ErrnoException;
  return new DataDirError(
    `FASCIA_DATA_DIR ${dir} is not usable: ${code ?? message} (point it at a directory this user may write)`,
  );
}
