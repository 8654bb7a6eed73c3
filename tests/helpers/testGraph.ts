import type { Database } from '../../src/db/database';
import { loadInOneTransaction } from '../../src/ingest/load';
import { validateGraph } from '../../src/ingest/validateGraph';
import { kindsOfEntities } from '../../src/repositories/bulk';

/**
 * Loads a small graph (graph file format) through the real loader, for tests that need data of
 * their own next to the seed. Ids should carry the test's prefix; removePrefixed cleans up.
 */
export async function loadTestGraph(
  db: Database,
  content: { entities?: unknown[]; claims?: unknown[] },
): Promise<void> {
  const graph = await validateGraph([{ file: 'test-graph', content }], (ids) => kindsOfEntities(db, ids));
  await loadInOneTransaction(db, graph, 'test');
}

/** Deletes entities whose id starts with prefix, the claims on them, their change events and redirects. */
export async function removePrefixed(db: Database, prefix: string): Promise<void> {
  await db.write(
    `MATCH (e:Entity) WHERE e.id STARTS WITH $prefix
     OPTIONAL MATCH (c:Claim)-[:SUBJECT|OBJECT]->(e)
     OPTIONAL MATCH (h:ChangeEvent)-[:CHANGED]->(x) WHERE x = e OR x = c
     DETACH DELETE h, c, e`,
    { prefix },
  );
  await db.write(`MATCH (r:Redirect) WHERE r.id STARTS WITH $prefix DETACH DELETE r`, { prefix });
}
