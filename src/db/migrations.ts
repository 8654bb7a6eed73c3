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
  { name: 'claim predicate', cypher: 'CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate)' },
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

/** Applies every migration, then waits until the indexes are online. */
export async function applyMigrations(db: Database): Promise<void> {
  for (const migration of migrations) {
    await db.write(migration.cypher);
  }
  await db.writeTransaction((tx) => tx.run('CALL db.awaitIndexes(300)'), 310_000);
}
