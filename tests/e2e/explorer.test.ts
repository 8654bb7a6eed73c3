import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { chromium, type Browser, type Page } from 'playwright-core';
import { claimCsvColumns } from '../../src/ingest/formats/csvText';
import { projectRoot } from '../../src/paths';
import { startTestServer, type TestServer } from '../helpers/inProcessServer';

jest.setTimeout(300_000);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = path.join(projectRoot, 'test-artifacts');

type Point = { x: number; y: number };
type Positions = Record<string, Point>;

const viewports = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

/** Helpers that read the page's graph; evaluations return plain data (a cytoscape object takes seconds to serialise). */
function graphOf(page: Page) {
  return {
    state: () => page.evaluate(() => (window as any).explorer.state()),
    ids: () =>
      page.evaluate(() => {
        const cy = (window as any).explorer.cy;
        return {
          nodes: cy
            .nodes()
            .map((n: any) => n.id())
            .sort() as string[],
          edges: cy
            .edges()
            .map((e: any) => e.id())
            .sort() as string[],
        };
      }),
    positions: (): Promise<Positions> =>
      page.evaluate(() =>
        Object.fromEntries((window as any).explorer.cy.nodes().map((n: any) => [n.id(), { ...n.position() }])),
      ),
    /** A page point on a node, other than `exclude`, that no other node's box covers, after centring it. */
    clearNode: (exclude: string[], prefer: string[] = []) =>
      page.evaluate(
        ([skip, first]) => {
          const cy = (window as any).explorer.cy;
          const box = document.getElementById('graph')!.getBoundingClientRect();
          const nodes = cy
            .nodes()
            .toArray()
            .sort((a: any, b: any) => Number(first.includes(b.id())) - Number(first.includes(a.id())));
          for (const node of nodes) {
            if (skip.includes(node.id())) continue;
            cy.center(node);
            const { x, y } = node.renderedPosition();
            const covered = cy
              .nodes()
              .filter((other: any) => other.id() !== node.id())
              .some((other: any) => {
                const b = other.renderedBoundingBox({ includeLabels: false });
                return x >= b.x1 - 6 && x <= b.x2 + 6 && y >= b.y1 - 6 && y <= b.y2 + 6;
              });
            if (!covered)
              return { id: node.id() as string, label: node.data('label') as string, x: box.x + x, y: box.y + y };
          }
          return null;
        },
        [exclude, prefer] as const,
      ),
  };
}

function maxMove(before: Positions, after: Positions): number {
  return Math.max(
    0,
    ...Object.entries(before)
      .filter(([id]) => after[id])
      .map(([id, p]) => Math.hypot(after[id]!.x - p.x, after[id]!.y - p.y)),
  );
}

describe('the explorer page in headless Chromium', () => {
  let service: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    service = await startTestServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    mkdirSync(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await service.close();
  });

  for (const viewport of viewports) {
    it(`at ${viewport.width} × ${viewport.height}: every action, from a link, by keyboard, with no console error`, async () => {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      let apiDown = false;
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      page.on('console', (message) => {
        // While the API is made unreachable, the browser logs the refused fetch itself.
        if (message.type() === 'error' && !(apiDown && /Failed to load resource|ERR_FAILED/.test(message.text())))
          errors.push(`console: ${message.text()}`);
      });
      const graph = graphOf(page);
      const narrow = viewport.width < 720;
      const drawerOpen = () => page.evaluate(() => document.body.classList.contains('panel-open'));
      /** Waits until the page has drawn everything the last action asked for. */
      const idle = () => page.locator('#panel:not([aria-busy="true"])').waitFor({ state: 'attached' });
      const openPanel = async () => {
        await idle();
        if (narrow && !(await drawerOpen())) await page.locator('#panel-toggle').click();
      };
      /** On a phone, the drawer is closed before tapping the graph, as a user would. */
      const tap = async (point: Point) => {
        await idle();
        if (narrow && (await drawerOpen())) {
          await page.locator('#panel-toggle').click();
          await page.locator('#panel').waitFor({ state: 'hidden' });
        }
        await page.mouse.click(point.x, point.y);
      };
      const settle = () =>
        page.waitForFunction(() => !document.querySelector('#status')!.textContent!.startsWith('Search for'));

      await page.goto(`${service.baseUrl}/explorer/`);
      // The search box is the page's first input: type, ArrowDown, Enter focuses the entity.
      await expect(page.evaluate(() => document.querySelector('input')!.id)).resolves.toBe('search');
      await page.locator('#search').pressSequentially('myofasc', { delay: 30 });
      await page.locator('#results[data-text="myofasc"] li').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('#status', { hasText: 'nodes and' }).waitFor();
      expect((await graph.state()).focus).toBe('myofascial-release');
      const api = await service.gql(
        '{ neighborhood(id: "myofascial-release", depth: 1, limit: 150) { nodes { id } edges { id } } }',
      );
      const first = await graph.ids();
      expect(first.nodes).toHaveLength(api.body.data!.neighborhood.nodes.length);
      expect(first.edges).toHaveLength(api.body.data!.neighborhood.edges.length);

      // Expand twice: new nodes appear, the earlier ones stay where they were.
      for (let round = 0; round < 2; round += 1) {
        await idle();
        const before = await graph.positions();
        const state = await graph.state();
        // Massage therapy first: its neighbourhood holds the McMaster findings used below.
        const target = (await graph.clearNode([state.focus, ...state.expanded], ['massage-therapy']))!;
        await tap(target);
        await openPanel();
        await page.getByRole('button', { name: `Expand ${target.label}`, exact: true }).click();
        await page.waitForFunction((id) => (window as any).explorer.state().expanded.includes(id), target.id);
        await page.locator('#status', { hasText: 'nodes and' }).waitFor();
        const after = await graph.positions();
        expect(Object.keys(after).length).toBeGreaterThanOrEqual(Object.keys(before).length);
        expect(maxMove(before, after)).toBeLessThan(3);
      }

      // Remove a node, then undo: it comes back where it was.
      await idle();
      const kept = await graph.positions();
      const focusState = await graph.state();
      const victim = (await graph.clearNode([focusState.focus]))!;
      await tap(victim);
      await openPanel();
      await page.getByRole('button', { name: `Remove ${victim.label} from the view`, exact: true }).click();
      await page.waitForFunction((id) => (window as any).explorer.cy.getElementById(id).empty(), victim.id);
      await page.locator('#undo').click();
      await page.waitForFunction((id) => !(window as any).explorer.cy.getElementById(id).empty(), victim.id);
      expect(maxMove(kept, await graph.positions())).toBeLessThan(3);

      // A filter that hides every claim says so.
      await page.locator('#min-evidence').selectOption('SYSTEMATIC_REVIEW');
      await page.locator('#status', { hasText: 'No claim here reaches the minimum evidence' }).waitFor();
      await page.locator('#undo').click();
      await page.waitForFunction(() => (window as any).explorer.cy.edges().length > 0);

      // Related topics of the focused entity: one click adds one to the graph.
      await openPanel();
      const offered = page.getByRole('button', { name: /to the graph$/ }).first();
      const addedName = (await offered.getAttribute('aria-label'))!.replace(/^Add (.*) to the graph$/, '$1');
      // By its name: the panel may be drawn again (same content) between reading and clicking.
      await page.getByRole('button', { name: `Add ${addedName} to the graph`, exact: true }).click();
      await page.waitForFunction(() => (window as any).explorer.state().added.length === 1);
      const added = (await graph.state()).added[0];
      await page.waitForFunction((id) => !(window as any).explorer.cy.getElementById(id).empty(), added);
      expect(await page.evaluate((id) => (window as any).explorer.cy.getElementById(id).data('label'), added)).toBe(
        addedName,
      );

      // Path by search, from the selected entity, without losing the graph.
      const beforePath = (await graph.ids()).nodes;
      await openPanel();
      await page.locator('#path-to').pressSequentially('fibromy', { delay: 30 });
      await page.locator('#path-results[data-text="fibromy"] li').first().waitFor();
      await page.locator('#path-to').press('ArrowDown');
      await page.locator('#path-to').press('Enter');
      await page.locator('#status', { hasText: 'Shortest path:' }).waitFor();
      const withPath = (await graph.ids()).nodes;
      expect(withPath).toEqual(expect.arrayContaining(beforePath));
      expect(await page.evaluate(() => (window as any).explorer.cy.$('.path').length)).toBeGreaterThanOrEqual(3);

      // Keyboard only to a claim citing the McMaster paper: the graph takes focus, arrows select
      // the claim's subject, Tab reaches the claims of the selection.
      const cited = await service.gql(
        '{ claims(first: 50, filter: { source: "crane-2012-massage-inflammation" }) { edges { node { id predicate subject { id name } object { name } } } } }',
      );
      const drawnEdges = new Set((await graph.ids()).edges);
      const goal = cited.body.data!.claims.edges.map((edge: any) => edge.node).find((c: any) => drawnEdges.has(c.id));
      expect(goal).toBeDefined();
      const selectedId = () =>
        page.evaluate(() => (window as any).explorer.cy.$('node:selected').map((n: any) => n.id())[0] as string);
      await page.locator('#graph').focus();
      for (let i = 0; i < 300 && (await selectedId()) !== goal.subject.id; i += 1)
        await page.keyboard.press('ArrowRight');
      await page.locator('#selection h2', { hasText: goal.subject.name }).waitFor();
      const claimText = `${goal.subject.name} ${goal.predicate} ${goal.object.name}`;
      let onClaim = false;
      for (let i = 0; i < 60 && !onClaim; i += 1) {
        await page.keyboard.press('Tab');
        onClaim = await page.evaluate((text) => {
          const active = document.activeElement as HTMLElement | null;
          return Boolean(active?.closest('.claims') && active.textContent === text);
        }, claimText);
      }
      expect(onClaim).toBe(true);
      const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(focusVisible).not.toBe('none');
      await page.keyboard.press('Enter');
      // The claim panel: id, kind, evidence, status, citations with their links (PubMed and DOI here).
      const claim = page.locator('#claim dl');
      await claim.waitFor();
      for (const term of ['Statement', 'Evidence', 'Status', 'Claim', 'Cited in'])
        await expect(claim.locator('dt', { hasText: term }).count()).resolves.toBeGreaterThan(0);
      const links = await claim
        .locator('a')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual(expect.arrayContaining(['https://pubmed.ncbi.nlm.nih.gov/22301554/']));

      // The URL holds the view: a reload (or the link shared) shows the same graph and claim.
      const view = await graph.ids();
      const shown = await graph.state();
      expect(page.url()).toContain(`claim=${shown.claim}`);
      await page.reload();
      await settle();
      await page.waitForFunction((count) => (window as any).explorer.cy.nodes().length === count, view.nodes.length);
      expect(await graph.ids()).toEqual(view);
      expect((await graph.state()).claim).toBe(shown.claim);
      await page.locator('#claim dl').waitFor();

      // PNG and CSV of the view.
      const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
      const pngBytes = readFileSync((await png.path())!);
      expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
      expect(pngBytes.length).toBeGreaterThan(5_000);
      const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
      expect(csv.suggestedFilename()).toBe('fascia-claims.csv');
      const rows = parseCsv(readFileSync((await csv.path())!, 'utf8'), { columns: true }) as Array<
        Record<string, string>
      >;
      expect(Object.keys(rows[0]!)).toEqual([...claimCsvColumns]);
      expect(rows.map((row) => row.id).sort()).toEqual(view.edges);

      // The API goes away: a message and a Retry button; back, Retry recovers.
      apiDown = true;
      await page.route('**/graphql', (route) => route.abort());
      await page.locator('#search').fill('');
      await page.locator('#search').pressSequentially('carpal', { delay: 20 });
      await page.locator('#status', { hasText: 'cannot be reached' }).waitFor();
      await page.unroute('**/graphql');
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.locator('#results li').first().waitFor();
      await expect(page.locator('#status.error').count()).resolves.toBe(0);
      await expect(page.locator('#status').textContent()).resolves.not.toMatch(/cannot be reached/);
      apiDown = false;

      await page.screenshot({ path: path.join(artifacts, `explorer-${viewport.width}x${viewport.height}.png`) });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('has a legend for every kind, a favicon, closes the result list on Escape and says when nothing matches', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
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
    // Results shown for an earlier text are not chosen from while the latest text's are on their way.
    await page.locator('#search').pressSequentially('fasc', { delay: 20 });
    await page.locator('#results li').first().waitFor();
    await page.waitForTimeout(500);
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.keyboard.press('End');
    await page.keyboard.type('i');
    await page.waitForTimeout(400);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search').getAttribute('aria-activedescendant')).resolves.toBeNull();
    await page.locator('#results[data-text="fasci"] li').first().waitFor();
    await page.unroute('**/graphql');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search').getAttribute('aria-activedescendant')).resolves.toBe('results-0');
    // No match says so, and what to try.
    await page.locator('#search').fill('');
    await page.locator('#search').pressSequentially('qqxxzzv', { delay: 20 });
    await page.locator('#status', { hasText: 'No match for “qqxxzzv”' }).waitFor();
    await page.close();
  });

  it('on a phone, the graph takes the whole width and the panel is a drawer', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${service.baseUrl}/explorer/#focus=massage-therapy`);
    await page.locator('#status', { hasText: 'nodes and' }).waitFor();
    const graphBox = (await page.locator('#graph').boundingBox())!;
    expect(graphBox.width).toBeGreaterThanOrEqual(355);
    await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
    await page.locator('#panel-toggle').click();
    await page.locator('#selection h2', { hasText: 'Massage therapy' }).waitFor({ state: 'visible' });
    await page.close();
  });
});
