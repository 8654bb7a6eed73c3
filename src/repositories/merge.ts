import type { Tx } from '../db/database';
import type { Predicate } from '../domain';
import { claimMap, fullClaimSelection, toStoredClaim } from './projections';
import type { WholeClaim } from './records';

/*
 * The writes of mergeEntities (src/curation/merge.ts), each inside the merge's one transaction,
 * after it has locked both entities.
 */

/** A claim a merge rewrites: whole, with its identity key and age. */
export type ClaimToMove = WholeClaim & { key: string | null; predicate: Predicate; createdAt: string | null };

function toClaimToMove(row: Record<string, unknown>): ClaimToMove {
  return {
    ...(toStoredClaim(row.claim, fullClaimSelection) as WholeClaim),
    key: (row.key as string | null) ?? null,
  } as ClaimToMove;
}

/** Ids of the claims that hang off the entity as subject, object, evidence study or cited source. */
export async function claimIdsTouching(tx: Tx, id: string): Promise<string[]> {
  const rows = await tx.run(
    /* cypher */ `MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT|EVIDENCE_FROM|CITES]-(c:Claim) RETURN DISTINCT c.id AS id`,
    { id },
  );
  return rows.map((row) => row.id as string);
}

/** Ids of the claims holding any of these keys, other than the ones named. */
export async function claimIdsWithKeys(tx: Tx, keys: string[], except: string[]): Promise<string[]> {
  const rows = await tx.run(
    /* cypher */ `MATCH (c:Claim) WHERE c.key IN $keys AND NOT c.id IN $except RETURN c.id AS id`,
    {
      keys,
      except,
    },
  );
  return rows.map((row) => row.id as string);
}

/** Whole claims by id with their keys, read after the merge has locked them. */
export async function claimsToMove(tx: Tx, ids: string[]): Promise<ClaimToMove[]> {
  const rows = await tx.run(
    /* cypher */ `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN ${claimMap('c', '$select')} AS claim, c.key AS key`,
    { ids, select: fullClaimSelection },
  );
  return rows.map(toClaimToMove);
}

/** Relationship types a claim points at an entity with, and whether the type carries a citation's locator. */
const claimLinks = ['SUBJECT', 'OBJECT', 'EVIDENCE_FROM'] as const;

/**
 * Moves every relationship claims and redirects have to `merge` over to `keep` (citations keep
 * their locator and position). Types come from the constant list above, never from input.
 */
export async function moveLinks(tx: Tx, keep: string, merge: string): Promise<void> {
  const params = { keep, merge };
  for (const type of claimLinks) {
    await tx.run(
      /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:${type}]-(c:Claim) CREATE (c)-[:${type}]->(k) DELETE r`,
      params,
    );
  }
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:CITES]-(c:Claim)
                  CREATE (c)-[:CITES {locator: r.locator, position: r.position, role: r.role}]->(k) DELETE r`,
    params,
  );
  await tx.run(
    /* cypher */ `MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})<-[r:REDIRECTS_TO]-(redirect:Redirect)
                  CREATE (redirect)-[:REDIRECTS_TO]->(k) DELETE r`,
    params,
  );
}

/**
 * Retires `merge`: a Redirect with its id takes over its history (its change events, its
 * creation record and its version), so `keep`'s own history stays one chain and the merged
 * entity's stays whole; then the entity is deleted.
 */
export async function retireEntity(tx: Tx, keep: string, merge: string, at: string): Promise<void> {
  await tx.run(
    /* cypher */ `
    MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
    CREATE (r:Redirect {id: $merge, mergedAt: $at, version: m.version, createdAt: m.createdAt, createdBy: m.createdBy,
                        createdAs: m.createdAs, createdAction: m.createdAction, createdNote: m.createdNote, importId: m.importId})
    CREATE (r)-[:REDIRECTS_TO]->(k)
    WITH m, r
    CALL (m, r) {
      MATCH (m)<-[old:CHANGED]-(event:ChangeEvent)
      CREATE (event)-[:CHANGED]->(r)
      DELETE old
    }
    DETACH DELETE m`,
    { keep, merge, at },
  );
}

/** Sets claims' keys: null retires a claim's identity; keys are cleared first so no two meet on the way. */
export async function setKeys(tx: Tx, keys: Array<{ id: string; key: string | null }>): Promise<void> {
  await tx.run(/* cypher */ `UNWIND $keys AS row MATCH (c:Claim {id: row.id}) REMOVE c.key`, { keys });
  await tx.run(/* cypher */ `UNWIND $keys AS row MATCH (c:Claim {id: row.id}) SET c.key = row.key`, { keys });
}
