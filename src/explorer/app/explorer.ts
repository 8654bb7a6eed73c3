import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import type { EvidenceLevel, NeighborhoodQuery } from './gql/graphql';
import {
  ApiUnreachable,
  ClaimDocument,
  NeighborhoodDocument,
  PathDocument,
  SearchDocument,
  request,
} from './operations';

/*
 * The explorer page: a client of the public GraphQL API only, so it doubles as the reference
 * client for UI authors (docs/explore.md, docs/clients.md): its operations (operations.ts) are
 * typed by graphql-codegen's client preset. Search as you type, draw a neighbourhood, expand nodes,
 * open an edge's claim, show the shortest path between two nodes, filter by evidence.
 */

const endpoint = new URL('../graphql', window.location.href).toString();

const kindColours: Record<string, string> = {
  TECHNIQUE: '#2f6fdb',
  CONDITION: '#d9534f',
  TISSUE: '#c98a2b',
  PRACTITIONER: '#7b4fc4',
  PERSON: '#9b59b6',
  ORGANIZATION: '#5d6d7e',
  STUDY: '#16a085',
  SOURCE: '#7f8c8d',
  BIOMARKER: '#27ae60',
  SUBSTANCE: '#e67e22',
  OUTCOME: '#1abc9c',
};

/** Edge width by the claim's evidence level: the stronger the evidence, the thicker the line. */
const levelWidths: Record<string, number> = {
  SYSTEMATIC_REVIEW: 6,
  RANDOMIZED_TRIAL: 5,
  CONTROLLED_STUDY: 4,
  OBSERVATIONAL: 3.2,
  CASE_SERIES: 2.6,
  MECHANISTIC: 2,
  EXPERT_OPINION: 1.6,
  ANECDOTAL: 1.2,
  NOT_GRADED: 1,
};
const doubtfulStatuses = ['CONTESTED', 'OVERSTATED', 'UNSUPPORTED', 'RETRACTED'];

type GraphNode = NeighborhoodQuery['neighborhood']['nodes'][number];
type GraphEdge = NeighborhoodQuery['neighborhood']['edges'][number];

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const searchBox = element<HTMLInputElement>('search');
const results = element<HTMLUListElement>('results');
const status = element<HTMLParagraphElement>('status');
const selection = element<HTMLDivElement>('selection');
const claimPanel = element<HTMLDivElement>('claim');
const minEvidence = element<HTMLSelectElement>('min-evidence');

const cy: Core = cytoscape({
  container: element('graph'),
  // Bounded zoom keeps labels legible and canvas redraws cheap.
  minZoom: 0.1,
  maxZoom: 2.5,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': (node) => kindColours[node.data('kind')] ?? '#888',
        'font-size': 10,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#aab',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#aab',
        'curve-style': 'bezier',
        label: 'data(predicate)',
        'font-size': 7,
        color: '#556',
      },
    },
    ...Object.entries(levelWidths).map(([level, width]) => ({
      selector: `edge[level = "${level}"]`,
      style: { width },
    })),
    {
      selector: doubtfulStatuses.map((value) => `edge[status = "${value}"]`).join(', '),
      style: { 'line-style': 'dashed', 'line-color': '#d9534f', 'target-arrow-color': '#d9534f' },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
    { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111', width: 3 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f39c12' } },
    { selector: 'edge.path', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', width: 4 } },
  ],
});

/** The legend: what node colours and edge styles mean. */
function drawLegend(): void {
  const legend = element<HTMLDivElement>('legend');
  const swatch = (className: string, style: string, text: string) => {
    const item = document.createElement('li');
    const mark = document.createElement('span');
    mark.className = className;
    mark.setAttribute('style', style);
    item.append(mark, text);
    return item;
  };
  const kinds = document.createElement('ul');
  for (const [kind, colour] of Object.entries(kindColours))
    kinds.append(swatch('dot', `background:${colour}`, kind.toLowerCase()));
  const edges = document.createElement('ul');
  edges.append(
    swatch('line', 'border-top-width:6px', 'thick: strong evidence (systematic review, trial)'),
    swatch('line', 'border-top-width:1px', 'thin: weak or not graded'),
    swatch('line', 'border-top-style:dashed;border-color:#d9534f', 'dashed red: contested, overstated, unsupported'),
  );
  legend.replaceChildren(kinds, edges);
}
drawLegend();

let rootId: string | null = null;
let pathStart: string | null = null;

function evidenceFilter(): EvidenceLevel | null {
  // The select's options are the schema's evidence levels.
  return (minEvidence.value as EvidenceLevel) || null;
}

function addElements(nodes: GraphNode[], edges: GraphEdge[]): void {
  const fresh: ElementDefinition[] = [
    ...nodes
      .filter((node) => cy.getElementById(node.id).empty())
      .map((node) => ({ group: 'nodes' as const, data: { ...node } })),
    ...edges
      .filter((edge) => cy.getElementById(edge.id).empty())
      .map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  ];
  cy.add(fresh);
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
  status.textContent = `${cy.nodes().length} nodes and ${cy.edges().length} edges drawn.`;
  if (cy.edges().length === 0 && evidenceFilter())
    status.textContent += ' No claim here reaches the minimum evidence chosen: choose a lower one to see more.';
}

async function drawNeighborhood(id: string, replace: boolean): Promise<void> {
  const data = await request(endpoint, NeighborhoodDocument, { id, minEvidence: evidenceFilter() });
  if (replace) cy.elements().remove();
  addElements(data.neighborhood.nodes, data.neighborhood.edges);
  if (data.neighborhood.truncated) status.textContent += ' (more exist: the neighbourhood was cut at 150 elements)';
}

async function choose(id: string, label: string): Promise<void> {
  rootId = id;
  pathStart = null;
  results.hidden = true;
  searchBox.setAttribute('aria-expanded', 'false');
  searchBox.value = label;
  claimPanel.textContent = '';
  showSelection(id, label);
  await drawNeighborhood(id, true);
}

// Search as you type, with keyboard navigation (ArrowDown / ArrowUp / Enter / Escape).
let searchTimer: number | undefined;
let searchSerial = 0;
searchBox.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => void guarded(runSearch), 150);
});

async function runSearch(): Promise<void> {
  const text = searchBox.value;
  const serial = ++searchSerial;
  const data = await request(endpoint, SearchDocument, { text });
  if (serial !== searchSerial) return; // a newer keystroke already asked again
  results.replaceChildren(
    ...data.search.map(({ entity }, index) => {
      const item = document.createElement('li');
      item.id = `result-${index}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.dataset.id = entity.id;
      item.dataset.label = entity.name;
      const name = document.createElement('span');
      name.textContent = entity.name;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entity.kind.toLowerCase();
      item.append(name, kind);
      item.addEventListener('click', () => void guarded(() => choose(entity.id, entity.name)));
      return item;
    }),
  );
  results.hidden = data.search.length === 0;
  searchBox.setAttribute('aria-expanded', String(!results.hidden));
}

function highlighted(): HTMLLIElement | null {
  return results.querySelector('li[aria-selected="true"]');
}

function highlight(item: HTMLLIElement | null): void {
  highlighted()?.setAttribute('aria-selected', 'false');
  if (!item) return;
  item.setAttribute('aria-selected', 'true');
  searchBox.setAttribute('aria-activedescendant', item.id);
  item.scrollIntoView({ block: 'nearest' });
}

searchBox.addEventListener('keydown', (event) => {
  const items = [...results.querySelectorAll('li')];
  const current = highlighted();
  const index = current ? items.indexOf(current) : -1;
  if (event.key === 'ArrowDown' && items.length > 0) {
    event.preventDefault();
    highlight(items[Math.min(index + 1, items.length - 1)]!);
  } else if (event.key === 'ArrowUp' && items.length > 0) {
    event.preventDefault();
    highlight(items[Math.max(index - 1, 0)]!);
  } else if (event.key === 'Enter' && current) {
    event.preventDefault();
    void guarded(() => choose(current.dataset.id!, current.dataset.label!));
  } else if (event.key === 'Escape') {
    results.hidden = true;
    searchBox.setAttribute('aria-expanded', 'false');
    searchBox.removeAttribute('aria-activedescendant');
  }
});

minEvidence.addEventListener('change', () => {
  if (rootId) void guarded(() => drawNeighborhood(rootId!, true));
});

function showSelection(id: string, label: string): void {
  selection.replaceChildren();
  const title = document.createElement('h2');
  title.textContent = label;
  const expand = button('Expand', () => void guarded(() => drawNeighborhood(id, false)));
  const from = button(pathStart === id ? 'Path start ✓' : 'Path from here', () => {
    pathStart = id;
    status.textContent = `Path start: ${label}. Click another node to see the shortest path.`;
    showSelection(id, label);
  });
  selection.append(title, expand, from);
}

/**
 * Runs an action that asks the API. When the API cannot be reached (or fails), the status line
 * says so and what to do, with a Retry button that runs the same action again.
 */
async function guarded(action: () => Promise<void>): Promise<void> {
  try {
    await action();
    status.classList.remove('error');
  } catch (error) {
    const message =
      error instanceof ApiUnreachable
        ? `${error.message} Check that the service is running, then retry.`
        : `The request failed: ${(error as Error).message}`;
    status.replaceChildren(
      message,
      ' ',
      button('Retry', () => void guarded(action)),
    );
    status.classList.add('error');
  }
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const control = document.createElement('button');
  control.type = 'button';
  control.textContent = text;
  control.addEventListener('click', onClick);
  return control;
}

// Clicking a node expands it (or ends a path); clicking an edge opens its claim.
cy.on('tap', 'node', (event: EventObject) => {
  const node = event.target;
  const id = node.id() as string;
  showSelection(id, node.data('label') as string);
  const start = pathStart;
  if (start && start !== id) void guarded(() => showPath(start, id));
  else void guarded(() => drawNeighborhood(id, false));
});

cy.on('tap', 'edge', (event: EventObject) => void guarded(() => showClaim(event.target.id() as string)));

/** Links to a cited source: its page, PubMed, the DOI resolver; as many as it has. */
function sourceLinks(source: object): Array<[string, string]> {
  // Only Source entities have these; the query asks for them `... on Source`.
  const { url, pmid, doi } = source as { url?: string | null; pmid?: string | null; doi?: string | null };
  const links: Array<[string, string]> = [];
  if (url) links.push(['source', url]);
  if (pmid) links.push([`PMID ${pmid}`, `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`]);
  if (doi) links.push([`DOI ${doi}`, `https://doi.org/${doi}`]);
  return links;
}

async function showClaim(id: string): Promise<void> {
  const data = await request(endpoint, ClaimDocument, { id });
  const claim = data.claim;
  claimPanel.replaceChildren();
  if (!claim) return;
  const title = document.createElement('h2');
  title.textContent = `${claim.subject.name} ${claim.predicate} ${claim.object.name}`;
  const list = document.createElement('dl');
  list.className = 'claim';
  const row = (term: string, value: string, className?: string) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (className) dd.className = className;
    list.append(dt, dd);
  };
  row('Statement', claim.statement);
  row('Evidence', claim.evidence.level.toLowerCase().replace(/_/g, ' '));
  row('Certainty', claim.evidence.certainty?.toLowerCase().replace(/_/g, ' ') ?? 'not graded');
  if (claim.evidence.study) row('Study', claim.evidence.study.name);
  row('Status', claim.status, `status-${claim.status}`);
  if (claim.statusNote) row('Why', claim.statusNote);
  row('Claim', `${claim.id} (${claim.kind.toLowerCase()})`);
  for (const citation of claim.citations) {
    const dt = document.createElement('dt');
    dt.textContent = citation.role === 'DISPUTES' ? 'Disputed in' : 'Cited in';
    const dd = document.createElement('dd');
    dd.append(`${citation.source.name}, ${citation.locator}`);
    for (const [label, href] of sourceLinks(citation.source)) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = label;
      link.rel = 'noopener';
      link.target = '_blank';
      dd.append(' ', link);
    }
    list.append(dt, dd);
  }
  claimPanel.append(title, list);
}

async function showPath(from: string, to: string): Promise<void> {
  const data = await request(endpoint, PathDocument, { from, to });
  pathStart = null;
  cy.elements().removeClass('path');
  const [path] = data.paths;
  if (!path) {
    status.textContent = 'No path within 6 claims.';
    return;
  }
  addElements(path.nodes, path.edges);
  for (const item of [...path.nodes, ...path.edges]) cy.getElementById(item.id).addClass('path');
  status.textContent = `Shortest path: ${path.length} claims, ${path.nodes.map((node) => node.label).join(' → ')}.`;
}

/** Exposed for tests and for UI authors at the console: the graph, and opening a claim by id. */
(window as unknown as { explorer: unknown }).explorer = { cy, showClaim: (id: string) => guarded(() => showClaim(id)) };
