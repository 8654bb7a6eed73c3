import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { Scene } from './scene';

/*
 * The drawing: Cytoscape.js styled by kind, evidence and status; kept in step with a Scene
 * without moving what is already drawn (new nodes appear around the node they came from).
 */

export const kindColours: Record<string, string> = {
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

export function createGraph(container: HTMLElement): Core {
  const cy = cytoscape({
    container,
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
          // When zoomed out far enough for labels to collide, they give way (hover shows them).
          'min-zoomed-font-size': 7,
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
          'font-size': 7,
          color: '#556',
        },
      },
      // Edge labels only where asked for (hover, selection): dozens of them would overlap.
      { selector: 'edge.labelled, edge:selected', style: { label: 'data(predicate)' } },
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
  // Cytoscape maps pointer events through the container's position, cached until told: when the
  // status line or the header wraps differently, the graph moves, and a tap would hit the wrong node.
  new ResizeObserver(() => cy.resize()).observe(container);
  return cy;
}

/**
 * Places for the nodes an expansion brings: a fan of arcs around `origin`, opening away from the
 * rest of the drawing (rows of at most 12, each further out), so they land in free space.
 */
function fanAround(cy: Core, origin: NodeSingular | null, count: number): Array<{ x: number; y: number }> {
  const drawn = cy.nodes();
  const box = drawn.empty() ? { x1: 0, y1: 0, w: cy.width(), h: cy.height() } : drawn.boundingBox();
  const middle = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  const centre = origin?.position() ?? middle;
  const away =
    origin && (centre.x !== middle.x || centre.y !== middle.y)
      ? Math.atan2(centre.y - middle.y, centre.x - middle.x)
      : Math.random() * Math.PI * 2;
  const perRow = 12;
  const spread = count <= perRow ? Math.PI * 0.9 : Math.PI * 1.4;
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const slot = i % perRow;
    const angle = away - spread / 2 + (inRow === 1 ? spread / 2 : (spread * slot) / (inRow - 1));
    const radius = 150 + row * 80;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
}

/** Where each node that left the drawing was, so that it comes back there. */
const lastPositions = new Map<string, { x: number; y: number }>();

/**
 * Makes the drawing show `scene`: removes what left it, adds what is new beside the node it came
 * from, while every earlier node stays where it is.
 */
export function syncGraph(cy: Core, scene: Scene): void {
  const first = cy.nodes().empty();
  const leaving = cy
    .elements()
    .filter((element) => (element.isNode() ? !scene.nodes.has(element.id()) : !scene.edges.has(element.id())));
  leaving.nodes().forEach((node) => void lastPositions.set(node.id(), { ...node.position() }));
  leaving.remove();
  const fresh = [...scene.nodes.values()].filter(({ node }) => cy.getElementById(node.id).empty());
  // A node that comes back (undo, redo, a collapse undone) returns to where it was.
  const returning = fresh.filter(({ node }) => lastPositions.has(node.id));
  cy.add(
    returning.map(({ node }) => ({ group: 'nodes' as const, data: { ...node }, position: lastPositions.get(node.id) })),
  );
  const placed = new Set(returning.map(({ node }) => node.id));
  const byOrigin = new Map<string | null, typeof fresh>();
  for (const item of fresh.filter(({ node }) => !placed.has(node.id))) {
    const origin = item.origin && !cy.getElementById(item.origin).empty() ? item.origin : null;
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), item]);
  }
  for (const [origin, items] of byOrigin) {
    const places = fanAround(cy, origin ? cy.getElementById(origin) : null, items.length);
    cy.add(items.map(({ node }, i) => ({ group: 'nodes' as const, data: { ...node }, position: places[i] })));
  }
  cy.add(
    [...scene.edges.values()]
      .filter((edge) => cy.getElementById(edge.id).empty())
      .map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  );
  cy.elements().removeClass('path');
  for (const id of scene.pathIds) cy.getElementById(id).addClass('path');
  // Only the first drawing is laid out as a whole; later ones keep every earlier node in place.
  if (first && fresh.length > placed.size)
    cy.layout({ name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true }).run();
  else if (fresh.length > 0) {
    // The view moves only when something new would be out of sight.
    const view = cy.extent();
    const outside = fresh.some(({ node }) => {
      const { x, y } = cy.getElementById(node.id).position();
      return x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2;
    });
    if (outside) cy.fit(undefined, 30);
  }
}
