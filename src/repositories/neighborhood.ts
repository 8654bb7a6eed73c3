import type { Database } from '../db/database';
import { int } from '../db/params';
import type { ClaimStatus, Predicate } from '../domain';
import { claimFilter } from './cypher';
import { graphNodeMap, toGraphEdge, type GraphEdgeRecord, type GraphNodeRecord } from './graphElements';
import { claimMap, edgeClaimSelection } from './projections';

export interface NeighborhoodOptions {
  depth: 0 | 1 | 2 | 3;
  /** Cap on nodes plus edges, the root included. */
  limit: number;
  predicates: Predicate[] | null;
  maxRank: number;
  /** Statuses left out (domain's excludedStatuses). */
  excluded: ClaimStatus[];
}

export interface SubgraphRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  truncated: boolean;
}

const filter = claimFilter('c', '$f');

/**
 * Claims one hop further out: those on the previous level's ends (the root aside) not taken yet,
 * strongest first, at most limit + 1 (each claim costs at least one element, so more could never
 * fit). Skipped once the claims so far fill the budget. Nodes nearer the root may reappear as
 * ends here, but their claims were all taken at an earlier level unless that level was cut, and
 * then this one is skipped.
 */
function nextLevel(level: number): string {
  const earlier = Array.from({ length: level - 1 }, (_, i) => `level${i + 1}`);
  return /* cypher */ `
  CALL (root, ${earlier.join(', ')}) {
    WITH root, ${earlier.join(' + ')} AS seenClaims, level${level - 1} AS previous
    WHERE size(seenClaims) < $limit
    UNWIND previous AS p
    MATCH (p)-[:SUBJECT|OBJECT]->(f:Entity)
    WHERE f <> root
    WITH DISTINCT f, seenClaims
    MATCH (f)<-[:SUBJECT|OBJECT]-(c:Claim)
    WHERE ${filter} AND NOT c IN seenClaims
    WITH DISTINCT c ORDER BY c.levelRank, c.id LIMIT $fetch
    RETURN collect(c) AS level${level}
  }`;
}

/**
 * The neighbourhood of one entity as graph elements, chosen in the database: claims nearest the
 * root first, strongest evidence next, then by id; each claim is kept with its ends while nodes
 * plus edges stay within `limit`, and the first claim that does not fit ends the walk
 * (`truncated`). The result has at most limit + 1 rows: one per kept element and one for the flag.
 */
export async function neighborhood(
  db: Database,
  rootId: string,
  options: NeighborhoodOptions,
): Promise<SubgraphRecord> {
  const levels = Array.from({ length: options.depth }, (_, i) => i + 1);
  const firstLevel = /* cypher */ `
  CALL (root) {
    MATCH (root)<-[:SUBJECT|OBJECT]-(c:Claim)
    WHERE ${filter}
    WITH c ORDER BY c.levelRank, c.id LIMIT $fetch
    RETURN collect(c) AS level1
  }`;
  const candidates = levels.length === 0 ? '[]' : levels.map((level) => `level${level}`).join(' + ');
  const rows = await db.read(
    /* cypher */ `
    MATCH (root:Entity {id: $rootId})
    ${levels.length > 0 ? firstLevel : ''}
    ${levels.slice(1).map(nextLevel).join('\n')}
    WITH root, [c IN ${candidates} | {c: c, s: [(c)-[:SUBJECT]->(s) | s][0], o: [(c)-[:OBJECT]->(o) | o][0]}] AS candidates
    WITH reduce(acc = {nodes: [root], edges: [], used: 1, done: false}, x IN candidates |
      CASE
        WHEN acc.done THEN acc
        WHEN acc.used + 1 + size([n IN [x.s, x.o] WHERE NOT n IN acc.nodes]) > $limit
          THEN {nodes: acc.nodes, edges: acc.edges, used: acc.used, done: true}
        ELSE {nodes: acc.nodes + [n IN [x.s, x.o] WHERE NOT n IN acc.nodes], edges: acc.edges + [x.c],
              used: acc.used + 1 + size([n IN [x.s, x.o] WHERE NOT n IN acc.nodes]), done: false}
      END) AS kept
    CALL (kept) {
      UNWIND kept.nodes AS n RETURN 'node' AS element, ${graphNodeMap('n')} AS node, null AS claim
      UNION ALL
      UNWIND kept.edges AS c RETURN 'edge' AS element, null AS node, ${claimMap('c', '$select')} AS claim
      UNION ALL
      RETURN 'flag' AS element, null AS node, null AS claim
    }
    RETURN element, node, claim, kept.done AS truncated`,
    {
      rootId,
      limit: int(options.limit),
      fetch: int(options.limit + 1),
      f: { predicates: options.predicates, maxRank: options.maxRank, excluded: options.excluded },
      select: edgeClaimSelection,
    },
  );
  return {
    nodes: rows.filter((row) => row.element === 'node').map((row) => row.node as GraphNodeRecord),
    edges: rows.filter((row) => row.element === 'edge').map((row) => toGraphEdge(row.claim)),
    truncated: rows.length > 0 && rows[0]!.truncated === true,
  };
}
