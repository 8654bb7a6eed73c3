import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Called once per entity or claim written, for a progress bar. */
export type Tick = (stage: 'entities' | 'claims') => void;

/** What an export wrote. */
export interface ExportSummary {
  files: string[];
  entities: number;
  claims: number;
  redirects?: number;
}

/** An output file that could not be written; the message names it and why. */
export class OutputFileError extends Error {
  override readonly name = 'OutputFileError';
}

/**
 * A text file written in order, waiting whenever the stream's buffer is full (a million rows stay
 * out of memory). A failure to open or write it (permission, a full disk) is thrown from the next
 * write or from close, as an error that names the file, never left as an unhandled stream event.
 */
export function textFile(file: string): { write(text: string): Promise<void>; close(): Promise<void> } {
  const out = createWriteStream(file);
  let failed: Error | undefined;
  const failure = new Promise<never>((_, reject) =>
    out.once('error', (error: NodeJS.ErrnoException) => {
      failed = new OutputFileError(`${file}: cannot write (${error.code ?? error.message})`);
      reject(failed);
    }),
  );
  failure.catch(() => undefined); // observed through `failed` and the races below
  return {
    async write(text) {
      if (failed) throw failed;
      if (!out.write(text)) await Promise.race([once(out, 'drain'), failure]);
    },
    async close() {
      if (failed) throw failed;
      out.end();
      await Promise.race([once(out, 'finish'), failure]);
    },
  };
}
