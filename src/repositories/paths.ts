import type { Database } from '../db/database';
import { int } from '../db/params';
import type { ClaimStatus } from '../domain';
import { graphNodeMap, toGraphEdge, type GraphEdgeRecord, type GraphNodeRecord } from './graphElements';
import { claimMap, edgeClaimSelection } from './projections';

export interface PathRecord {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  /** In claims (edges). */
  length: number;
}

/**
 * Up to `first` shortest paths from one entity to another through claims in either direction,
 * shortest first (then by the ids along the way). Each hop is entity → claim → entity, so the
 * path length in claims is half the path's relationship count.
 */
/** The path counts a statement asks SHORTEST for; a request's `first` is rounded up to one of them. */
const pathCounts = [1, 3, 10];

export interface PathOptions {
  maxLength: number;
  first: number;
  /** Statuses of claims the paths may not walk (domain's excludedStatuses). */
  excluded: ClaimStatus[];
}

export async function shortestPaths(
  db: Database,
  from: string,
  to: string,
  options: PathOptions,
): Promise<PathRecord[]> {
  // SHORTEST k and quantifier bounds must be literals in Cypher 5. Each comes from a small fixed
  // set (k from pathCounts, hops 1…6 as the resolver checked), never from request text, so the
  // texts stay few: the database plans at most 18 of them.
  const k = pathCounts.find((count) => count >= options.first) ?? pathCounts.at(-1)!;
  const hops = Math.trunc(options.maxLength);
  const rows = await db.read(
    /* cypher */ `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = SHORTEST ${k} (a)((x:Entity)<-[:SUBJECT|OBJECT]-(c:Claim WHERE NOT c.status IN $excluded)-[:SUBJECT|OBJECT]->(y:Entity)){1,${hops}}(b)
    WITH p, [n IN nodes(p) WHERE n:Entity] AS entities, [n IN nodes(p) WHERE n:Claim] AS claims
    RETURN [e IN entities | ${graphNodeMap('e')}] AS nodes, [c IN claims | ${claimMap('c', '$select')}] AS edges, size(claims) AS length
    ORDER BY length, [e IN entities | e.id]
    LIMIT $first`,
    { from, to, excluded: options.excluded, select: edgeClaimSelection, first: int(options.first) },
  );
  return rows.map((row) => ({
    nodes: row.nodes as GraphNodeRecord[],
    edges: (row.edges as unknown[]).map(toGraphEdge),
    length: row.length as number,
  }));
}
