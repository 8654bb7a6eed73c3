import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { docExamples, docFiles } from '../../src/cli/docExamples';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

jest.setTimeout(120_000);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The first docs example: GraphiQL's first tab. */
const [first] = docFiles()
  .sort()
  .flatMap((file) => docExamples(file));

describe('GraphiQL served by the service, offline', () => {
  let service: TestServer;
  let browser: Browser;
  let page: Page;
  const blocked: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    service = await startTestServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    // Nothing but the service may be reached: no CDN, no fonts, no telemetry.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(service.baseUrl) || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('opens from a browser visit to /graphql and runs a docs example', async () => {
    expect(first).toBeDefined();
    const response = await page.goto(`${service.baseUrl}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/graphiql/');
    expect(response!.status()).toBe(200);

    await page.locator('.graphiql-container').waitFor();
    const editor = page.locator('.graphiql-query-editor');
    await expect(editor.textContent()).resolves.toContain(path.basename(first!.file));
    await page.locator('.graphiql-execute-button').click();

    // The answer is the documented one: its first value shows in the result pane.
    const answer = JSON.parse(first!.answer) as { data: Record<string, unknown> };
    const [field] = Object.keys(answer.data);
    const result = page.locator('.result-window');
    await result.getByText(`"${field}"`).first().waitFor();
    const name = JSON.stringify(answer.data).match(/"name":"([^"]+)"/)?.[1];
    if (name) await result.getByText(name).first().waitFor();

    expect(blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('sends a bearer token typed in the header with each request', async () => {
    const sent = new Promise<string | null>((resolve) =>
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.method() === 'POST')
          resolve(request.headers()['authorization'] ?? null);
      }),
    );
    await page.locator('#token').fill('not-a-real-token');
    await page.locator('.graphiql-execute-button').click();
    await expect(sent).resolves.toBe('Bearer not-a-real-token');
  });

  it('leaves GET queries and other clients alone', async () => {
    const json = await fetch(`${service.baseUrl}/graphql`, {
      headers: { accept: 'application/json' },
      redirect: 'manual',
    });
    expect(json.status).not.toBe(302);
    const query = await fetch(`${service.baseUrl}/graphql?query=${encodeURIComponent('{ about { service } }')}`, {
      headers: { accept: 'text/html,application/json', 'apollo-require-preflight': 'true' },
      redirect: 'manual',
    });
    expect(query.status).toBe(200);
  });
});
