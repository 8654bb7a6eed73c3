import type { Tx } from '../db/database';
import { kindLabel, type EntityKind } from '../domain';
import type { ClaimRecord, EntityRecord } from '../domain/records';
import { claimNodeProperties, entityNodeProperties } from './bulk';
import { claimMap, entityMap, fullClaimSelection, toStoredClaim } from './projections';
import type { StoredEntity, WholeClaim } from './records';

/*
 * Single-item writes for curation, each run inside the mutation's one transaction. Checks of
 * values happen before these are called (src/curation/); these only read and write.
 */

export interface ResolvedEntity {
  /** The id the entity has now (differs from the id asked when that id was merged away). */
  id: string;
  kind: EntityKind;
}

/** Kinds of the given ids, following merges; absent ids are not in the graph. */
export async function resolveEntities(tx: Tx, ids: string[]): Promise<Map<string, ResolvedEntity>> {
  const rows = await tx.run(
    /* cypher */ `
    UNWIND $ids AS id
    OPTIONAL MATCH (e:Entity {id: id})
    OPTIONAL MATCH (:Redirect {id: id})-[:REDIRECTS_TO]->(target:Entity)
    WITH id, coalesce(e, target) AS found
    WHERE found IS NOT NULL
    RETURN id, found.id AS current, found.kind AS kind`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, { id: row.current as string, kind: row.kind as EntityKind }]));
}

/** The entity with exactly this id (not following merges), and where the id redirects if it was merged. */
export async function entityForUpsert(
  tx: Tx,
  id: string,
): Promise<{ entity: StoredEntity | null; mergedInto: string | null }> {
  const [row] = await tx.run(
    /* cypher */ `
    OPTIONAL MATCH (e:Entity {id: $id})
    OPTIONAL MATCH (:Redirect {id: $id})-[:REDIRECTS_TO]->(target:Entity)
    RETURN CASE WHEN e IS NULL THEN null ELSE ${entityMap('e')} END AS entity, target.id AS mergedInto`,
    { id },
  );
  return {
    entity: (row?.entity as StoredEntity | null) ?? null,
    mergedInto: (row?.mergedInto as string | null) ?? null,
  };
}

/** `creation` is the create record kept on the node (src/repositories/history.ts). */
export async function createEntity(
  tx: Tx,
  entity: EntityRecord,
  creation: { at: string; actor: string; changes: string },
): Promise<void> {
  await tx.run(
    /* cypher */ `CREATE (e:Entity {id: $id})
                  SET e += $props, e:$($label), e.createdAt = $at, e.updatedAt = $at, e.createdBy = $actor, e.createdAs = $changes`,
    { id: entity.id, props: entityNodeProperties(entity), label: kindLabel[entity.kind], ...creation },
  );
}

export async function updateEntity(tx: Tx, entity: EntityRecord, at: string): Promise<void> {
  await tx.run(/* cypher */ `MATCH (e:Entity {id: $id}) SET e += $props, e.updatedAt = $at`, {
    id: entity.id,
    props: entityNodeProperties(entity),
    at,
  });
}

export async function readEntity(tx: Tx, id: string): Promise<StoredEntity> {
  const [row] = await tx.run(/* cypher */ `MATCH (e:Entity {id: $id}) RETURN ${entityMap('e')} AS entity`, {
    id,
  });
  return row!.entity as StoredEntity;
}

/**
 * Creates the claim unless one with its key exists. Relies on the claim_key uniqueness
 * constraint: MERGE then locks the key, so concurrent identical asserts meet on one claim. The
 * claim is ours exactly when it carries the id we proposed.
 */
export async function mergeClaimByKey(
  tx: Tx,
  claim: ClaimRecord,
  creation: { at: string; actor: string; changes: string },
): Promise<{ id: string; created: boolean }> {
  const [row] = await tx.run(
    /* cypher */ `
    MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
    MERGE (c:Claim {key: $key})
    ON CREATE SET c.id = $id, c += $props, c.createdAt = $at, c.updatedAt = $at, c.createdBy = $actor, c.createdAs = $changes
    WITH c, s, o, c.id = $id AS created
    CALL (c, s, o, created) {
      WITH c, s, o WHERE created
      CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
    }
    RETURN c.id AS id, created`,
    { ...claim, props: claimNodeProperties(claim), ...creation },
  );
  if (row!.created) await replaceClaimLinks(tx, claim.id, claim.study, claim.citations);
  return { id: row!.id as string, created: row!.created as boolean };
}

/** Replaces a claim's evidence study and citations (in order). */
export async function replaceClaimLinks(
  tx: Tx,
  id: string,
  study: string | null | undefined,
  citations: Array<{ source: string; locator: string }> | undefined,
): Promise<void> {
  if (study !== undefined) {
    await tx.run(
      /* cypher */ `
      MATCH (c:Claim {id: $id})
      OPTIONAL MATCH (c)-[old:EVIDENCE_FROM]->()
      DELETE old
      WITH DISTINCT c
      OPTIONAL MATCH (study:Entity {id: $study})
      FOREACH (_ IN CASE WHEN study IS NULL THEN [] ELSE [1] END | CREATE (c)-[:EVIDENCE_FROM]->(study))`,
      { id, study },
    );
  }
  if (citations !== undefined) {
    await tx.run(
      /* cypher */ `
      MATCH (c:Claim {id: $id})
      OPTIONAL MATCH (c)-[old:CITES]->()
      DELETE old
      WITH DISTINCT c
      UNWIND range(0, size($citations) - 1) AS position
      MATCH (source:Entity {id: $citations[position].source})
      CREATE (c)-[:CITES {locator: $citations[position].locator, position: position}]->(source)`,
      { id, citations },
    );
  }
}

/** A claim with its identity key, read inside the transaction that will change it. */
export async function claimForUpdate(tx: Tx, id: string): Promise<(WholeClaim & { key: string | null }) | null> {
  const [row] = await tx.run(
    /* cypher */ `MATCH (c:Claim {id: $id}) RETURN ${claimMap('c', '$select')} AS claim, c.key AS key`,
    { id, select: fullClaimSelection },
  );
  return row
    ? { ...(toStoredClaim(row.claim, fullClaimSelection) as WholeClaim), key: (row.key as string | null) ?? null }
    : null;
}

export async function claimIdByKey(tx: Tx, key: string): Promise<string | null> {
  const [row] = await tx.run(/* cypher */ `MATCH (c:Claim {key: $key}) RETURN c.id AS id`, { key });
  return (row?.id as string | undefined) ?? null;
}

/** Sets a claim's own properties (not its links). */
export async function setClaimProperties(
  tx: Tx,
  id: string,
  props: Record<string, unknown>,
  at: string,
): Promise<void> {
  await tx.run(/* cypher */ `MATCH (c:Claim {id: $id}) SET c += $props, c.updatedAt = $at`, { id, props, at });
}
