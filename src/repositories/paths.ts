import type { Database } from '../db/database';
import { graphNodeProjection, toGraphEdge, type GraphEdgeRecord, type GraphNodeRecord } from './graphElements';
import { claimProjection, embedNone } from './projections';

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
export async function shortestPaths(
  db: Database,
  from: string,
  to: string,
  options: { maxLength: number; first: number; includeRetracted: boolean },
): Promise<PathRecord[]> {
  // SHORTEST k and quantifier bounds must be literals in Cypher 5; both are integers the resolver
  // has range-checked, never text from a request.
  const k = Math.trunc(options.first);
  const hops = Math.trunc(options.maxLength);
  const rows = await db.read(
    /* cypher */ `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = SHORTEST ${k} (a)((x:Entity)<-[:SUBJECT|OBJECT]-(c:Claim WHERE $includeRetracted OR c.status <> 'RETRACTED')-[:SUBJECT|OBJECT]->(y:Entity)){1,${hops}}(b)
    WITH p, [n IN nodes(p) WHERE n:Entity] AS entities, [n IN nodes(p) WHERE n:Claim] AS claims
    RETURN [e IN entities | ${graphNodeProjection('e')}] AS nodes, [c IN claims | ${claimProjection('c', embedNone)}] AS edges, size(claims) AS length
    ORDER BY length, [e IN entities | e.id]`,
    { from, to, includeRetracted: options.includeRetracted },
  );
  return rows.map((row) => ({
    nodes: row.nodes as GraphNodeRecord[],
    edges: (row.edges as unknown[]).map(toGraphEdge),
    length: row.length as number,
  }));
}
