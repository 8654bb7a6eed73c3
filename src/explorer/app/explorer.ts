import type { EventObject, NodeSingular } from 'cytoscape';
import { button, element } from './dom';
import { exportCsv, exportPng } from './exporting';
import { createGraph, kindColours, syncGraph } from './graph';
import { ApiUnreachable, ClaimDocument, EntityDocument, RelatedDocument, request } from './operations';
import { claimPanel, entityPanel, relatedPanel } from './panels';
import { SceneSource } from './scene';
import { searchBox } from './search';
import { emptyState, fromHash, Timeline, toHash, type ViewState } from './state';

/*
 * The explorer page: a client of the public GraphQL API only, so it doubles as the reference
 * client for UI authors (docs/explorer.md, docs/clients.md); its operations (operations.ts) are
 * typed by graphql-codegen's client preset. What it shows is a ViewState (state.ts): the URL
 * holds it, undo and redo step through it, and the drawing is derived from it (scene.ts).
 */

const endpoint = new URL('../graphql', window.location.href).toString();
const status = element<HTMLParagraphElement>('status');
const selection = element<HTMLDivElement>('selection');
const relatedBox = element<HTMLDivElement>('related');
const claimBox = element<HTMLDivElement>('claim');
const minEvidence = element<HTMLSelectElement>('min-evidence');
const graphBox = element<HTMLElement>('graph');
const tooltip = element<HTMLDivElement>('tooltip');
const undoButton = element<HTMLButtonElement>('undo');
const redoButton = element<HTMLButtonElement>('redo');

const cy = createGraph(graphBox);
const source = new SceneSource(endpoint);
const timeline = new Timeline(fromHash(window.location.hash));
let selected: string | null = null;

/** What the status line says when nothing is wrong; it comes back once an error is over. */
let lastStatus = status.textContent ?? '';
function say(text: string): void {
  lastStatus = text;
  status.textContent = text;
}

/**
 * Runs an action that asks the API. When the API cannot be reached (or fails), the status line
 * says so and what to do, with a Retry button that runs the same action again.
 */
async function guarded(action: () => Promise<void>): Promise<void> {
  try {
    await action();
    if (status.classList.contains('error')) {
      status.classList.remove('error');
      status.textContent = lastStatus;
    }
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

/** One user step: remembered for undo, written to the URL, then drawn. */
function change(update: Partial<ViewState>): Promise<void> {
  const next = timeline.commit({ ...timeline.current, ...update });
  window.history.replaceState(null, '', toHash(next) || window.location.pathname);
  return guarded(() => show(next));
}

/** The panel is aria-busy while any drawing is under way: assistive technology (and tests) wait for it. */
const panel = element<HTMLElement>('panel');
let pending = 0;
async function busy(work: () => Promise<void>): Promise<void> {
  pending += 1;
  panel.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    pending -= 1;
    if (pending === 0) panel.removeAttribute('aria-busy');
  }
}

function show(state: ViewState): Promise<void> {
  return busy(() => draw(state));
}

async function draw(state: ViewState): Promise<void> {
  undoButton.disabled = !timeline.canUndo;
  redoButton.disabled = !timeline.canRedo;
  minEvidence.value = state.minEvidence ?? '';
  const scene = await source.scene(state);
  // A later step (undo, another expansion) drew while this one waited for the API: it stands.
  if (state !== timeline.current) return;
  syncGraph(cy, scene);
  let text = state.focus
    ? `${cy.nodes().length} nodes and ${cy.edges().length} edges drawn.`
    : 'Search for a technique, condition or anything else, then choose a result.';
  if (scene.truncated) text += ' More exist: a neighbourhood was cut at 150 elements.';
  if (state.focus && cy.edges().length === 0 && state.minEvidence)
    text += ' No claim here reaches the minimum evidence chosen: choose a lower one to see more.';
  if (scene.pathLabels.length > 0)
    text += ` Shortest path: ${scene.pathLabels.length - 1} claims, ${scene.pathLabels.join(' → ')}.`;
  if (scene.noPath) text += ' No path within 6 claims between the chosen ends.';
  say(text);
  if (!selected || cy.getElementById(selected).empty()) selected = state.focus;
  await Promise.all([showEntity(selected), showClaim(state.claim)]);
}

// "Path to…": one search box, placed in the selected entity's panel.
const pathSearch = element<HTMLDivElement>('path-search');

async function showEntity(id: string | null): Promise<void> {
  if (!id) {
    selection.replaceChildren();
    relatedBox.replaceChildren();
    return;
  }
  const state = timeline.current;
  const [entityData, relatedData] = await Promise.all([
    request(endpoint, EntityDocument, { id }),
    request(endpoint, RelatedDocument, { id }),
  ]);
  const entity = entityData.entity;
  // Another entity was selected while this one was asked for: its answer is drawn instead.
  if (!entity || id !== selected) return;
  const node = cy.getElementById(id);
  const claims = node.empty()
    ? []
    : node
        .connectedEdges()
        .map(
          (edge) =>
            [edge.id(), `${edge.source().data('label')} ${edge.data('predicate')} ${edge.target().data('label')}`] as [
              string,
              string,
            ],
        );
  entityPanel(selection, entity, {
    expand: () => void change({ expanded: [...state.expanded.filter((x) => x !== id), id] }),
    collapse: state.expanded.includes(id)
      ? () => void change({ expanded: state.expanded.filter((x) => x !== id) })
      : undefined,
    remove: id === state.focus ? undefined : () => void removeNode(id),
    pathSearch,
    claims,
    openClaim: (claim) => void change({ claim }),
  });
  relatedPanel(
    relatedBox,
    entity.name,
    relatedData.related,
    (added) => void change({ added: [...state.added, added], removed: state.removed.filter((x) => x !== added) }),
    (other) => !cy.getElementById(other).empty(),
  );
}

async function showClaim(id: string | null): Promise<void> {
  if (!id) {
    claimBox.replaceChildren();
    return;
  }
  const data = await request(endpoint, ClaimDocument, { id });
  if (id !== timeline.current.claim) return; // a newer step asked for another claim
  if (data.claim) {
    claimPanel(claimBox, data.claim, () => void change({ claim: null }));
    openPanel();
  } else claimBox.replaceChildren();
}

function removeNode(id: string): Promise<void> {
  const state = timeline.current;
  if (id === state.focus) return Promise.resolve();
  if (selected === id) selected = state.focus;
  return change({
    removed: [...state.removed, id],
    expanded: state.expanded.filter((x) => x !== id),
    added: state.added.filter((x) => x !== id),
  });
}

/** On a phone the panel is a drawer: it opens when there is something to read in it. */
const narrow = window.matchMedia('(max-width: 720px)');
function openPanel(): void {
  if (!narrow.matches) return;
  document.body.classList.add('panel-open');
  element('panel-toggle').setAttribute('aria-expanded', 'true');
}

function select(node: NodeSingular): void {
  openPanel();
  cy.elements().unselect();
  node.select();
  selected = node.id();
  void guarded(() => busy(() => showEntity(node.id())));
}

const noMatch = (text: string) =>
  say(`No match for “${text}”: try fewer letters, another spelling, or an identifier such as MESH:D002349.`);
searchBox(
  element('search'),
  element('results'),
  endpoint,
  guarded,
  ({ id }) => {
    selected = id;
    return change({ ...emptyState, focus: id, minEvidence: timeline.current.minEvidence });
  },
  noMatch,
);
searchBox(
  pathSearch.querySelector('input')!,
  pathSearch.querySelector('ul')!,
  endpoint,
  guarded,
  ({ id }) => (selected && selected !== id ? change({ path: [selected, id] }) : Promise.resolve()),
  noMatch,
);

minEvidence.addEventListener(
  'change',
  () => void change({ minEvidence: (minEvidence.value as ViewState['minEvidence']) || null }),
);
undoButton.addEventListener('click', () => step(timeline.undo()));
redoButton.addEventListener('click', () => step(timeline.redo()));
element('fit').addEventListener('click', () => cy.fit(undefined, 30));
element('export-png').addEventListener('click', () => exportPng(cy));
element('export-csv').addEventListener(
  'click',
  () =>
    void guarded(async () => {
      const rows = await exportCsv(cy, endpoint, timeline.current);
      say(`${rows} claims exported as CSV.`);
    }),
);
element('panel-toggle').addEventListener('click', () => {
  const open = document.body.classList.toggle('panel-open');
  element('panel-toggle').setAttribute('aria-expanded', String(open));
});

function step(state: ViewState | null): void {
  if (!state) return;
  window.history.replaceState(null, '', toHash(state) || window.location.pathname);
  void guarded(() => show(state));
}

// Mouse: a tap selects a node (double tap expands it) or opens an edge's claim.
cy.on('tap', 'node', (event: EventObject) => select(event.target));
cy.on('dbltap', 'node', (event: EventObject) => {
  const id = event.target.id() as string;
  void change({ expanded: [...timeline.current.expanded.filter((x) => x !== id), id] });
});
cy.on('tap', 'edge', (event: EventObject) => void change({ claim: event.target.id() as string }));
cy.on('mouseover', 'node, edge', (event: EventObject) => {
  const target = event.target;
  tooltip.textContent = target.isNode()
    ? `${target.data('label')} (${String(target.data('kind')).toLowerCase()})`
    : `${target.source().data('label')} ${target.data('predicate')} ${target.target().data('label')}: ${String(target.data('level')).toLowerCase()}, ${String(target.data('status')).toLowerCase()}`;
  if (target.isEdge()) target.addClass('labelled');
  const { x, y } = event.renderedPosition;
  tooltip.style.left = `${x + 12}px`;
  tooltip.style.top = `${y + 12}px`;
  tooltip.hidden = false;
});
cy.on('mouseout', 'node, edge', (event: EventObject) => {
  event.target.removeClass('labelled');
  tooltip.hidden = true;
});

// Keyboard: the graph takes focus (Tab); arrows move between nodes, Enter expands, Delete removes.
graphBox.addEventListener('keydown', (event) => {
  const nodes = cy.nodes().sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
  if (nodes.empty()) return;
  const index = selected ? nodes.toArray().findIndex((node) => node.id() === selected) : -1;
  if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
    event.preventDefault();
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    const next = nodes[(index + (forward ? 1 : nodes.length - 1)) % nodes.length] as NodeSingular;
    select(next);
    cy.center(next);
  } else if (event.key === 'Enter' && selected) {
    event.preventDefault();
    void change({ expanded: [...timeline.current.expanded.filter((x) => x !== selected), selected] });
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected) {
    event.preventDefault();
    void removeNode(selected);
  }
});
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || (event.target as HTMLElement).tagName === 'INPUT') return;
  if (event.key === 'z' && !event.shiftKey) {
    event.preventDefault();
    step(timeline.undo());
  } else if (event.key === 'y' || (event.key === 'z' && event.shiftKey) || event.key === 'Z') {
    event.preventDefault();
    step(timeline.redo());
  }
});

/** The legend: what node colours and edge styles mean. */
function drawLegend(): void {
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
  element('legend').replaceChildren(kinds, edges);
}
drawLegend();
void guarded(() => show(timeline.current));

/** Exposed for tests and for UI authors at the console: the graph, the view, opening a claim. */
(window as unknown as { explorer: unknown }).explorer = {
  cy,
  state: () => timeline.current,
  showClaim: (id: string) => change({ claim: id }),
};
