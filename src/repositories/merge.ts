import type { Tx } from '../db/database';

/*
 * The writes of mergeEntities (src/curation/merge.ts), each inside the merge's one transaction.
 */

export interface ClaimIdentity {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  status: string;
  statusNote: string | null;
  createdAt: string | null;
  key: string | null;
  citations: Array<{ source: string; locator: string }>;
}

const identityProjection = /* cypher */ `c {.id, .predicate, .status, .statusNote, .createdAt, .key,
  subject: [(c)-[:SUBJECT]->(s) | s.id][0], object: [(c)-[:OBJECT]->(o) | o.id][0],
  citations: [(c)-[cite:CITES]->(src) | {source: src.id, locator: cite.locator, position: cite.position}]}`;

function toIdentity(row: unknown): ClaimIdentity {
  const claim = row as ClaimIdentity & { citations: Array<{ source: string; locator: string; position: number }> };
  return {
    ...claim,
    citations: [...claim.citations]
      .sort((a, b) => a.position - b.position)
      .map(({ source, locator }) => ({ source, locator })),
  };
}

/** Claims that hang off the entity as subject, object, evidence study or cited source. */
export async function claimsTouching(tx: Tx, id: string): Promise<ClaimIdentity[]> {
  const rows = await tx.run(
    /* cypher */ `MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT|EVIDENCE_FROM|CITES]-(c:Claim) RETURN DISTINCT ${identityProjection} AS claim`,
    { id },
  );
  return rows.map((row) => toIdentity(row.claim));
}

/** Claims holding any of these keys, other than the ones named. */
export async function claimsWithKeys(tx: Tx, keys: string[], except: string[]): Promise<ClaimIdentity[]> {
  const rows = await tx.run(
    /* cypher */ `MATCH (c:Claim) WHERE c.key IN $keys AND NOT c.id IN $except RETURN ${identityProjection} AS claim`,
    { keys, except },
  );
  return rows.map((row) => toIdentity(row.claim));
}

/**
 * Moves every relationship that claims, redirects and change events have to `merge` over to
 * `keep` (citations keep their locator and position), then deletes `merge` and leaves a
 * redirect in its place.
 */
export async function moveEverything(tx: Tx, keep: string, merge: string, at: string): Promise<void> {
  const params = { keep, merge, at };
  for (const type of ['SUBJECT', 'OBJECT', 'EVIDENCE_FROM']) {
    // Relationship types come from the constant list above, never from input.
    await tx.run(
      /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:${type}]-(c:Claim) CREATE (c)-[:${type}]->(k) DELETE r`,
      params,
    );
  }
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:CITES]-(c:Claim)
                  CREATE (c)-[:CITES {locator: r.locator, position: r.position}]->(k) DELETE r`,
    params,
  );
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:REDIRECTS_TO]-(redirect:Redirect)
                  CREATE (redirect)-[:REDIRECTS_TO]->(k) DELETE r`,
    params,
  );
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:CHANGED]-(event:ChangeEvent)
                  CREATE (event)-[:CHANGED]->(k) DELETE r`,
    params,
  );
  // merge's creation record lives on its node, which is about to go: keep it as an event of keep's.
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge}) WHERE m.createdAs IS NOT NULL
                  CREATE (:ChangeEvent {id: randomUUID(), at: coalesce(m.createdAt, $at), seq: 0, actor: coalesce(m.createdBy, 'unknown'),
                                        action: CASE WHEN m.importId IS NULL THEN 'create' ELSE 'import' END,
                                        target: m.id, changes: m.createdAs})-[:CHANGED]->(k)`,
    params,
  );
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
                  DETACH DELETE m
                  CREATE (:Redirect {id: $merge, createdAt: $at})-[:REDIRECTS_TO]->(k)`,
    params,
  );
}

/** Clears the keys of these claims, so that new keys can be given without passing through a clash. */
export async function clearKeys(tx: Tx, ids: string[]): Promise<void> {
  await tx.run(/* cypher */ `MATCH (c:Claim) WHERE c.id IN $ids REMOVE c.key`, { ids });
}

export async function setKeys(tx: Tx, keys: Array<{ id: string; key: string }>): Promise<void> {
  await tx.run(/* cypher */ `UNWIND $keys AS row MATCH (c:Claim {id: row.id}) SET c.key = row.key`, { keys });
}
