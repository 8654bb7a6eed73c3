import type { NeighborhoodQuery } from './gql/graphql';
import { NeighborhoodDocument, PathDocument, request } from './operations';
import type { ViewState } from './state';

export type GraphNode = NeighborhoodQuery['neighborhood']['nodes'][number];
export type GraphEdge = NeighborhoodQuery['neighborhood']['edges'][number];

/** What to draw for a state: nodes (each with the entity that brought it), edges, the path. */
export interface Scene {
  nodes: Map<string, { node: GraphNode; origin: string | null }>;
  edges: Map<string, GraphEdge>;
  pathIds: Set<string>;
  /** True when a neighbourhood was cut at its limit. */
  truncated: boolean;
  /** No path within the limit between the path's ends. */
  noPath: boolean;
  /** The path's entities in order, when one is shown. */
  pathLabels: string[];
}

interface Piece {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Answers already fetched, by query: undo, redo and collapse redraw without asking again. */
export class SceneSource {
  private readonly cache = new Map<string, Promise<Piece | null>>();

  constructor(private readonly endpoint: string) {}

  private cached(key: string, load: () => Promise<Piece | null>): Promise<Piece | null> {
    let answer = this.cache.get(key);
    if (!answer) {
      answer = load();
      this.cache.set(key, answer);
      // A failed request is not remembered: a retry asks again.
      answer.catch(() => this.cache.delete(key));
    }
    return answer;
  }

  neighborhood(id: string, minEvidence: ViewState['minEvidence']): Promise<Piece | null> {
    return this.cached(`n:${id}:${minEvidence ?? ''}`, async () => {
      const data = await request(this.endpoint, NeighborhoodDocument, { id, minEvidence });
      return data.neighborhood;
    });
  }

  path(from: string, to: string): Promise<Piece | null> {
    return this.cached(`p:${from}:${to}`, async () => {
      const data = await request(this.endpoint, PathDocument, { from, to });
      const [path] = data.paths;
      return path ? { nodes: path.nodes, edges: path.edges, truncated: false } : null;
    });
  }

  /** Fetches what the state needs (in parallel) and decides what is drawn. */
  async scene(state: ViewState): Promise<Scene> {
    const scene: Scene = {
      nodes: new Map(),
      edges: new Map(),
      pathIds: new Set(),
      truncated: false,
      noPath: false,
      pathLabels: [],
    };
    if (!state.focus) return scene;
    const removed = new Set(state.removed.filter((id) => id !== state.focus));
    const sources = [state.focus, ...state.expanded];
    const [pieces, alone, path] = await Promise.all([
      Promise.all(sources.map((id) => this.neighborhood(id, state.minEvidence))),
      Promise.all(state.added.map((id) => this.neighborhood(id, state.minEvidence))),
      state.path ? this.path(state.path[0], state.path[1]) : Promise.resolve(null),
    ]);
    const addNode = (node: GraphNode, origin: string | null) => {
      if (!removed.has(node.id) && !scene.nodes.has(node.id)) scene.nodes.set(node.id, { node, origin });
    };
    pieces.forEach((piece, index) => {
      if (!piece) return;
      scene.truncated ||= piece.truncated;
      const origin = sources[index]!;
      for (const node of piece.nodes) addNode(node, node.id === origin ? null : origin);
      for (const edge of piece.edges) scene.edges.set(edge.id, edge);
    });
    // An entity added alone brings itself and its claims to what is already drawn, nothing more.
    alone.forEach((piece, index) => {
      const id = state.added[index]!;
      const self = piece?.nodes.find((node) => node.id === id);
      if (!piece || !self) return;
      addNode(self, null);
      for (const edge of piece.edges)
        if (scene.nodes.has(edge.source) && scene.nodes.has(edge.target)) scene.edges.set(edge.id, edge);
    });
    if (state.path) {
      if (!path) scene.noPath = true;
      else {
        scene.pathLabels = path.nodes.map((node) => node.label);
        for (const node of path.nodes) {
          addNode(node, state.path[0]);
          scene.pathIds.add(node.id);
        }
        for (const edge of path.edges) {
          scene.edges.set(edge.id, edge);
          scene.pathIds.add(edge.id);
        }
      }
    }
    for (const [id, edge] of scene.edges)
      if (!scene.nodes.has(edge.source) || !scene.nodes.has(edge.target)) scene.edges.delete(id);
    return scene;
  }
}
