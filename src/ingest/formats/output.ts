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

/** A text file written in order, waiting whenever the stream's buffer is full (a million rows stay out of memory). */
export function textFile(file: string): { write(text: string): Promise<void>; close(): Promise<void> } {
  const out = createWriteStream(file);
  return {
    async write(text) {
      if (!out.write(text)) await once(out, 'drain');
    },
    async close() {
      out.end();
      await once(out, 'finish');
    },
  };
}
