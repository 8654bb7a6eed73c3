import { createHash } from 'node:crypto';

/** How many consecutive words count as copied text (seed content rule, seed/README.md). */
export const copiedRunLength = 8;

/** Lower-case words, with punctuation and typographic quotes removed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function hashRun(run: string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);
}

/**
 * Hashes of every run of `copiedRunLength` consecutive words. Storing hashes lets tests check
 * that our text does not copy a source's wording without keeping the source's sentences here.
 */
export function shingles(text: string): string[] {
  const list = words(text);
  const hashes = new Set<string>();
  for (let i = 0; i + copiedRunLength <= list.length; i += 1) hashes.add(hashRun(list.slice(i, i + copiedRunLength)));
  return [...hashes].sort();
}

/** The first run of our text whose hash is among `sourceShingles`, or null. */
export function firstCopiedRun(text: string, sourceShingles: ReadonlySet<string>): string | null {
  const list = words(text);
  for (let i = 0; i + copiedRunLength <= list.length; i += 1) {
    const run = list.slice(i, i + copiedRunLength);
    if (sourceShingles.has(hashRun(run))) return run.join(' ');
  }
  return null;
}
