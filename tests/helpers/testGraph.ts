import type { Database } from '../../src/db/database';
import { loadInOneTransaction } from '../../src/ingest/load';
import { validateGraph } from '../../src/ingest/validateGraph';
import { kindsOfEntities } from '../../src/repositories/bulk';
import { checkInvariants } from '../../src/repositories/invariants';

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

/**
 * Deletes entities and redirects whose id starts with prefix, the claims on them, and the change
 * events of all of these, leaving no orphan behind (the invariant check runs after tests).
 */
export async function removePrefixed(db: Database, prefix: string): Promise<void> {
  await db.write(
    `MATCH (x) WHERE (x:Entity OR x:Redirect) AND x.id STARTS WITH $prefix
     OPTIONAL MATCH (c:Claim)-[:SUBJECT|OBJECT]->(x)
     WITH collect(DISTINCT x) + collect(DISTINCT c) AS nodes
     UNWIND nodes AS n
     OPTIONAL MATCH (h:ChangeEvent)-[:CHANGED]->(n)
     DETACH DELETE h, n`,
    { prefix },
  );
}

/** Fails with the broken rules when the graph's invariants do not hold. */
export async function expectInvariants(db: Database): Promise<void> {
  const { violations } = await checkInvariants(db);
  expect(violations).toEqual([]);
}
