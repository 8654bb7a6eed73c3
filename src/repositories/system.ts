import type { Database } from '../db/database';

export interface ServerFacts {
  neo4jVersion: string;
  neo4jEdition: string;
  entityCount: number;
  claimCount: number;
}

export async function serverFacts(db: Database): Promise<ServerFacts> {
  const [row] = await db.read(/* cypher */ `
    CALL dbms.components() YIELD versions, edition
    RETURN versions[0] AS neo4jVersion, edition AS neo4jEdition,
           COUNT { (:Entity) } AS entityCount, COUNT { (:Claim) } AS claimCount`);
  return row as unknown as ServerFacts;
}
