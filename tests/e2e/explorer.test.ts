import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

jest.setTimeout(180_000);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = path.join(projectRoot, 'test-artifacts');

type Point = { x: number; y: number };

describe('the explorer page in headless Chromium', () => {
  let service: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    service = await startTestServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await service.close();
  });

  const drawn = () =>
    page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      return { nodes: cy.nodes().length as number, edges: cy.edges().length as number };
    });

  /** Where a node of the graph is on the page, for a real mouse click. */
  async function onPage(id: string): Promise<Point> {
    const local = await page.evaluate((nodeId) => {
      const cy = (window as any).explorer.cy;
      return cy.getElementById(nodeId).renderedPosition();
    }, id);
    const box = (await page.locator('#graph').boundingBox())!;
    return { x: box.x + local.x, y: box.y + local.y };
  }

  /**
   * A page point on one of the given (straight) edges that lies outside every node's box (labels included),
   * after fitting that edge's ends into view.
   */
  async function clearPointOnAnEdge(edgeIds: string[]): Promise<Point> {
    for (const edgeId of edgeIds) {
      // (Evaluations return plain numbers: serialising a cytoscape object back to the test takes seconds.)
      const local = await page.evaluate((id) => {
        const cy = (window as any).explorer.cy;
        const edge = cy.getElementById(id);
        // A lone edge between its two ends is drawn straight; parallel ones bend away from the line.
        if (edge.parallelEdges().length !== 1) return null;
        cy.fit(edge.connectedNodes(), 200);
        const source = edge.source().renderedPosition();
        const target = edge.target().renderedPosition();
        const boxes = cy.nodes().map((node: any) => node.renderedBoundingBox({ includeLabels: true }));
        const covered = (x: number, y: number) =>
          boxes.some((box: any) => x >= box.x1 - 4 && x <= box.x2 + 4 && y >= box.y1 - 4 && y <= box.y2 + 4);
        const width = cy.width();
        const height = cy.height();
        for (const share of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const x = source.x + (target.x - source.x) * share;
          const y = source.y + (target.y - source.y) * share;
          if (x > 0 && y > 0 && x < width && y < height && !covered(x, y)) return { x, y };
        }
        return null;
      }, edgeId);
      if (local) {
        const box = (await page.locator('#graph').boundingBox())!;
        return { x: box.x + local.x, y: box.y + local.y };
      }
    }
    throw new Error('no edge has a point clear of every node');
  }

  it('searches, draws, expands, opens a claim and shows a path, using only the public API', async () => {
    await page.goto(`${service.baseUrl}/explorer/`);

    // Type a query and choose the first result with the keyboard.
    await page.locator('#search').pressSequentially('myofasc', { delay: 40 });
    await page.locator('#results li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('#results li[aria-selected="true"]').waitFor();
    const chosen = await page.locator('#results li[aria-selected="true"]').getAttribute('data-id');
    expect(chosen).toBe('myofascial-release');
    await page.keyboard.press('Enter');
    await page.locator('#status', { hasText: 'nodes and' }).waitFor();

    // As many nodes and edges as the API returns for that neighbourhood.
    const api = await service.gql(
      `{ neighborhood(id: "myofascial-release", depth: 1, limit: 150) { nodes { id } edges { id } } }`,
    );
    const expected = api.body.data!.neighborhood;
    expect(await drawn()).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });

    // Clicking a node expands it: massage therapy brings its own neighbours.
    const before = await drawn();
    const massage = await onPage('massage-therapy');
    await page.mouse.click(massage.x, massage.y);
    await page.waitForFunction((count) => (window as any).explorer.cy.nodes().length > count, before.nodes);
    expect((await drawn()).nodes).toBeGreaterThan(before.nodes);

    // Clicking an edge opens its claim: statement, evidence, certainty, status, citations.
    // Aim at a point of an edge that no node (drawn above edges) covers, or the click expands that node.
    const target = await clearPointOnAnEdge(expected.edges.map((edge: { id: string }) => edge.id));
    await page.mouse.click(target.x, target.y);
    const claim = page.locator('#claim dl');
    await claim.waitFor();
    for (const term of ['Statement', 'Evidence', 'Certainty', 'Status', 'Cited in'])
      await expect(claim.locator('dt', { hasText: term }).count()).resolves.toBeGreaterThan(0);
    await expect(claim.textContent()).resolves.toMatch(/¶|"whole"|"Abstract"/);
    // The claim's id and kind, and a link to each cited source that has a page, PMID or DOI.
    await expect(claim.locator('dt', { hasText: 'Claim' }).count()).resolves.toBeGreaterThan(0);
    await expect(claim.textContent()).resolves.toMatch(/\((effect|practice|classification|provenance)\)/);
    // A claim citing the paper links to PubMed and the DOI resolver.
    const cited = await service.gql(
      '{ claims(first: 1, filter: { source: "crane-2012-massage-inflammation" }) { edges { node { id } } } }',
    );
    const citing = cited.body.data!.claims.edges[0].node.id as string;
    await page.evaluate((id) => (window as any).explorer.showClaim(id), citing);
    await page.locator('#claim dd a', { hasText: 'PMID' }).waitFor();
    const links = await claim.locator('a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toEqual(
      expect.arrayContaining([
        'https://pubmed.ncbi.nlm.nih.gov/22301554/',
        'https://doi.org/10.1126/scitranslmed.3002882',
      ]),
    );

    // Choosing two nodes shows the shortest path between them.
    await page.evaluate(() => {
      (window as any).explorer.cy.fit();
    });
    const carpal = await onPage('carpal-tunnel-syndrome');
    // Clicking a node also expands it; wait for that answer and its layout before aiming again.
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/graphql')),
      page.mouse.click(carpal.x, carpal.y),
    ]);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    await page.getByRole('button', { name: 'Path from here' }).click();
    const fibro = await onPage('fibromyalgia');
    await page.mouse.click(fibro.x, fibro.y);
    await page.locator('#status', { hasText: /^Shortest path:/ }).waitFor();
    const highlightedPath = await page.evaluate(() => (window as any).explorer.cy.$('.path').length as number);
    expect(highlightedPath).toBeGreaterThanOrEqual(3);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'explorer.png') });
  });

  it('filters by minimum evidence', async () => {
    await page.goto(`${service.baseUrl}/explorer/`);
    await page.locator('#search').pressSequentially('massage therapy', { delay: 20 });
    await page.locator('#results li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#status', { hasText: 'nodes and' }).waitFor();
    const all = await drawn();
    await page.locator('#min-evidence').selectOption('CONTROLLED_STUDY');
    await page.waitForFunction((count) => (window as any).explorer.cy.edges().length < count, all.edges);
    const api = await service.gql(
      `{ neighborhood(id: "massage-therapy", depth: 1, limit: 150, minEvidence: CONTROLLED_STUDY) { nodes { id } edges { id } } }`,
    );
    expect(await drawn()).toEqual({
      nodes: api.body.data!.neighborhood.nodes.length,
      edges: api.body.data!.neighborhood.edges.length,
    });
  });

  it('has a legend, a favicon, closes the result list on Escape, and says when the API is unreachable', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${service.baseUrl}/explorer/`);
    const kinds = await service.gql('{ __type(name: "EntityKind") { enumValues { name } } }');
    await expect(page.locator('#legend .dot').count()).resolves.toBe(kinds.body.data!.__type.enumValues.length);
    const icon = await fetch(`${service.baseUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);

    await page.locator('#search').pressSequentially('fasc', { delay: 20 });
    await page.locator('#results li').first().waitFor();
    await expect(page.locator('#search').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(page.locator('#search').getAttribute('aria-expanded')).resolves.toBe('false');

    // The API goes away: a message and a Retry button, no uncaught error; back, Retry works.
    await page.route('**/graphql', (route) => route.abort());
    await page.locator('#search').fill('');
    await page.locator('#search').pressSequentially('carpal', { delay: 20 });
    await page.locator('#status', { hasText: 'cannot be reached' }).waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.locator('#results li').first().waitFor();
    await expect(page.locator('#status.error').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
