import type { Database } from './database';

/**
 * Schema statements, each idempotent (IF NOT EXISTS), applied in order at every start and by the
 * loaders. Community edition: uniqueness constraints and indexes only; existence and key
 * constraints are Enterprise features (Neo4j's Cypher manual, "Constraints"), so the domain module
 * enforces presence.
 */
export const migrations: ReadonlyArray<{ name: string; cypher: string }> = [
  {
    name: 'entity id unique',
    cypher: 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  },
  { name: 'claim id unique', cypher: 'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE' },
  // A claim's identity (subject, predicate, object, first source): concurrent identical asserts
  // meet on this constraint and end as one claim.
  {
    name: 'claim key unique',
    cypher: 'CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (c:Claim) REQUIRE c.key IS UNIQUE',
  },
  {
    name: 'redirect id unique',
    cypher: 'CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE',
  },
  { name: 'entity kind', cypher: 'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.id)' },
  { name: 'entity name', cypher: 'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)' },
  { name: 'entity import', cypher: 'CREATE INDEX entity_import IF NOT EXISTS FOR (e:Entity) ON (e.importId)' },
  // Identifier look-ups are substring matches on one string per entity (domain/xrefs.ts).
  { name: 'entity xrefs', cypher: 'CREATE TEXT INDEX entity_xrefs IF NOT EXISTS FOR (e:Entity) ON (e.xrefKeys)' },
  { name: 'claim predicate', cypher: 'CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate)' },
  { name: 'claim kind', cypher: 'CREATE INDEX claim_kind IF NOT EXISTS FOR (c:Claim) ON (c.kind)' },
  { name: 'claim status', cypher: 'CREATE INDEX claim_status IF NOT EXISTS FOR (c:Claim) ON (c.status)' },
  { name: 'claim import', cypher: 'CREATE INDEX claim_import IF NOT EXISTS FOR (c:Claim) ON (c.importId)' },
  { name: 'change import', cypher: 'CREATE INDEX change_import IF NOT EXISTS FOR (h:ChangeEvent) ON (h.importId)' },
  { name: 'redirect import', cypher: 'CREATE INDEX redirect_import IF NOT EXISTS FOR (r:Redirect) ON (r.importId)' },
  {
    name: 'import id unique',
    cypher: 'CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE',
  },
  {
    name: 'entity full-text',
    cypher: `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.kind]
             OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
  },
];

/**
 * Gives nodes written before versions existed a version and a history chain: events an older
 * merge moved onto the kept entity go back to the merged id's redirect, and each node's events
 * are numbered in the order they were written (the creation on the node is version 1; a redirect
 * with no history is version 0). Runs in batches until no such node is left, so it is idempotent
 * and bounded per transaction.
 */
const versionBatch = /* cypher */ `
  MATCH (x) WHERE (x:Entity OR x:Claim OR x:Redirect) AND x.version IS NULL
  WITH x LIMIT 1000
  CALL (x) {
    OPTIONAL MATCH (x)<-[old:CHANGED]-(h:ChangeEvent) WHERE h.target <> x.id
    OPTIONAL MATCH (r:Redirect {id: h.target})
    FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | CREATE (h)-[:CHANGED]->(r) DELETE old)
  }
  WITH x, CASE WHEN x.createdAs IS NULL THEN 0 ELSE 1 END AS base
  CALL (x, base) {
    OPTIONAL MATCH (x)<-[:CHANGED]-(h:ChangeEvent)
    WITH h ORDER BY h.at, h.seq
    WITH collect(h) AS events
    FOREACH (i IN range(0, size(events) - 1) | SET (events[i]).version = base + i + 1)
    RETURN size(events) AS count
  }
  SET x.version = base + count
  RETURN count(x) AS done`;

/** Applies every migration, then waits until the indexes are online, then numbers legacy histories. */
export async function applyMigrations(db: Database): Promise<void> {
  for (const migration of migrations) {
    await db.write(migration.cypher);
  }
  await db.writeTransaction((tx) => tx.run('CALL db.awaitIndexes(300)'), 310_000);
  for (;;) {
    const [row] = await db.write(versionBatch);
    if ((row!.done as number) === 0) break;
  }
}
