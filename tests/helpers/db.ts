import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { createLogger } from '../../src/logger';

/** A Database on the run's shared Neo4j (NEO4J_URI from globalSetup), or on the given URI. */
export function testDatabase(uri = process.env.NEO4J_URI!): Database {
  return new Database(
    createDriver({
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      logger: createLogger('silent'),
    }),
    {
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      transactionTimeoutMs: 30_000,
    },
  );
}

/** Node and relationship counts of the whole graph, to prove that a failed write changed nothing. */
export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    'RETURN COUNT { MATCH (n) WHERE NOT n:Import } AS nodes, COUNT { ()-[r]->() } AS relationships',
  );
  return row as { nodes: number; relationships: number };
}
