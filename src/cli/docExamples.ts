import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { projectRoot } from '../paths';

/**
 * docs/*.md hold example queries as a ```graphql block followed by a ```json block with the
 * service's answer. This fills the answers from a running service; a test checks that they still
 * match.
 */
const examplePattern = /```graphql\n([\s\S]*?)```\n+```json\n([\s\S]*?)```/g;

export interface DocExample {
  file: string;
  query: string;
  answer: string;
}

export const docsDir = path.join(projectRoot, 'docs');

export function docExamples(file: string): DocExample[] {
  const markdown = readFileSync(file, 'utf8');
  return [...markdown.matchAll(examplePattern)].map((match) => ({ file, query: match[1]!, answer: match[2]! }));
}

export function docFiles(): string[] {
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(docsDir, name));
}

/** The service's answer, without the request id that differs on every call. */
async function answer(url: string, query: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return JSON.parse(await response.text(), (key, value) => (key === 'requestId' ? undefined : value));
}

async function main(): Promise<void> {
  const { url } = new Command('docs:examples')
    .description('Fill the answers of the example queries in docs/*.md from a running service')
    .option('-u, --url <url>', 'GraphQL endpoint', 'http://localhost:4000/graphql')
    .parse()
    .opts<{ url: string }>();
  for (const file of docFiles()) {
    const markdown = readFileSync(file, 'utf8');
    const answers: string[] = [];
    for (const example of docExamples(file)) answers.push(JSON.stringify(await answer(url, example.query), null, 2));
    let index = 0;
    const filled = markdown.replace(
      examplePattern,
      (_whole, query: string) => `\`\`\`graphql\n${query}\`\`\`\n\n\`\`\`json\n${answers[index++]}\n\`\`\``,
    );
    writeFileSync(file, filled);
    console.log(`${path.relative(projectRoot, file)}: ${answers.length} examples`);
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
