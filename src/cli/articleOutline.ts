import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { shingles } from '../domain/fingerprint';

/**
 * Maintainer tool: turns the seed article (plain text: title, a one-line tag, then paragraphs
 * under short heading lines) into its outline (section headings and paragraph counts, for
 * checking locators) and the hashes of its 8-word runs (for checking that seed text does not copy
 * it). The result is committed as tests/fixtures/article-outline.json; the article is not.
 */
function outline(text: string) {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [title, , ...body] = lines; // the second line is the tag under the title, not a paragraph
  const sections: Array<{ heading: string; paragraphs: number }> = [{ heading: title!, paragraphs: 0 }];
  for (const line of body) {
    const isHeading = line.length < 60 && !/[.!?:]$/.test(line);
    if (isHeading) sections.push({ heading: line, paragraphs: 0 });
    else sections.at(-1)!.paragraphs += 1;
  }
  return { title, sections };
}

const program = new Command('article-outline')
  .argument('<article>', 'the seed article, plain text')
  .argument('[references...]', 'other texts whose wording must not be copied (e.g. notes on the primary study)')
  .requiredOption('-o, --out <file>', 'where to write the outline JSON')
  .parse();
const [articlePath, ...referencePaths] = program.args as [string, ...string[]];
const article = readFileSync(articlePath, 'utf8');
const result = {
  ...outline(article),
  articleShingles: shingles(article),
  referenceShingles: referencePaths.flatMap((file) => shingles(readFileSync(file, 'utf8'))),
};
writeFileSync(program.opts<{ out: string }>().out, `${JSON.stringify(result, null, 1)}\n`);
console.log(JSON.stringify(result.sections));
