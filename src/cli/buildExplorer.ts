import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../paths';

/**
 * Bundles the explorer page (src/explorer/app) with Cytoscape.js into dist/explorer, so the
 * service serves it without any CDN. Run by `npm run build`.
 */
async function main(): Promise<void> {
  const source = path.join(projectRoot, 'src', 'explorer', 'app');
  const out = path.join(projectRoot, 'dist', 'explorer');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [path.join(source, 'explorer.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    target: 'es2020',
    outfile: path.join(out, 'explorer.js'),
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'explorer.css', 'favicon.svg'])
    copyFileSync(path.join(source, file), path.join(out, file));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
