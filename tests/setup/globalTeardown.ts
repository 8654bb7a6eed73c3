import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.fasciaTestNeo4j?.stop();
  const dataDir = process.env.FASCIA_TEST_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
