import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../paths';
import { docExamples, docFiles } from './docExamples';

/**
 * Bundles GraphiQL (src/graphiql/app, with React and GraphiQL's stylesheet) into dist/graphiql,
 * with the example queries of docs/ as its tabs, so the service serves an IDE that needs no CDN.
 * Run by `npm run build`.
 */
async function main(): Promise<void> {
  const source = path.join(projectRoot, 'src', 'graphiql', 'app');
  const out = path.join(projectRoot, 'dist', 'graphiql');
  mkdirSync(out, { recursive: true });
  const examples = docFiles()
    .sort()
    .flatMap((file) =>
      docExamples(file).map((example, index) => ({
        title: `${path.basename(file)}, example ${index + 1}`,
        query: example.query.trim(),
      })),
    );
  await build({
    entryPoints: [path.join(source, 'graphiql.ts')],
    bundle: true,
    minify: true,
    target: 'es2020',
    outfile: path.join(out, 'graphiql.js'),
    define: { FASCIA_EXAMPLES: JSON.stringify(examples), 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl' },
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'page.css']) copyFileSync(path.join(source, file), path.join(out, file));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
