import type { Database } from '../db/database';

export interface GraphSummary {
  entities: number;
  claims: number;
  entitiesByKind: Record<string, number>;
  claimsByPredicate: Record<string, number>;
  claimsByStatus: Record<string, number>;
}

/** Counts of the whole graph by kind, predicate and status, for load reports and the closing notes. */
export async function graphSummary(db: Database): Promise<GraphSummary> {
  const [row] = await db.read(/* cypher */ `
    CALL () { MATCH (e:Entity) WITH e.kind AS key, count(*) AS n ORDER BY key RETURN collect([key, n]) AS kinds }
    CALL () { MATCH (c:Claim) WITH c.predicate AS key, count(*) AS n ORDER BY key RETURN collect([key, n]) AS predicates }
    CALL () { MATCH (c:Claim) WITH c.status AS key, count(*) AS n ORDER BY key RETURN collect([key, n]) AS statuses }
    RETURN kinds, predicates, statuses`);
  const toRecord = (pairs: unknown) => Object.fromEntries(pairs as Array<[string, number]>);
  const entitiesByKind = toRecord(row!.kinds);
  const claimsByPredicate = toRecord(row!.predicates);
  const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);
  return {
    entities: sum(entitiesByKind),
    claims: sum(claimsByPredicate),
    entitiesByKind,
    claimsByPredicate,
    claimsByStatus: toRecord(row!.statuses),
  };
}
