import { ConcurrentChange } from '../db/errors';
import type { Tx } from '../db/database';
import { kindLabel, xrefKey, type EntityKind } from '../domain';
import type { CitationRecord, ClaimRecord, EntityRecord } from '../domain/records';
import { claimNodeProperties, entityNodeProperties } from './bulk';
import { entityByIdOrRedirect } from './cypher';
import { claimMap, entityRow, fullClaimSelection, toStoredClaim, toStoredEntity } from './projections';
import type { StoredEntity, WholeClaim } from './records';

/*
 * Single-item writes for curation, each run inside the mutation's one transaction. Checks of
 * values happen before these are called (src/curation/); these only read, lock and write. Labels
 * and relationship types come from closed sets in code, never from input.
 */

export type WritableLabel = 'Entity' | 'Claim';

/** Who writes and when: the node's creation record (version 1). */
export interface Creation {
  at: string;
  actor: string;
  /** The created fields as history records them (JSON of FieldChange[]). */
  changes: string;
}

export interface ResolvedEntity {
  /** The id the entity has now (differs from the id asked when that id was merged away). */
  id: string;
  kind: EntityKind;
}

async function resolveOnce(tx: Tx, ids: string[]): Promise<Map<string, ResolvedEntity>> {
  const rows = await tx.run(
    /* cypher */ `
    UNWIND $ids AS id
    ${entityByIdOrRedirect}
    RETURN id, e.id AS current, e.kind AS kind`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, { id: row.current as string, kind: row.kind as EntityKind }]));
}

/**
 * Kinds of the given ids, following merges; absent ids are not in the graph. A merge deletes the
 * entity and creates its redirect in one commit, but one statement looks the two up at slightly
 * different moments, and may miss both while that commit lands; an id missed is looked up once
 * more, after it.
 */
export async function resolveEntities(tx: Tx, ids: string[]): Promise<Map<string, ResolvedEntity>> {
  const found = await resolveOnce(tx, ids);
  const missed = ids.filter((id) => !found.has(id));
  if (missed.length > 0) for (const [id, entity] of await resolveOnce(tx, missed)) found.set(id, entity);
  return found;
}

const lockStatement = (label: WritableLabel) => /* cypher */ `
    UNWIND $ids AS id
    MATCH (x:${label} {id: id})
    SET x._lock = true
    REMOVE x._lock`;

/**
 * Takes the write locks of these nodes now, one after another in id order, so that writers that
 * lock several nodes never wait on each other in a circle. Setting and removing a property is
 * Neo4j's documented way to lock a node from Cypher (Operations manual, "Concurrent data
 * access"): the lock is held until the transaction ends, and what is read after it is what the
 * last writer committed.
 */
export async function lockNodes(tx: Tx, label: WritableLabel, ids: string[]): Promise<void> {
  await tx.run(lockStatement(label), { ids: [...new Set(ids)].sort() });
}

export type VersionedEntity = StoredEntity & { version: number };

/** The entity with exactly this id (not following merges), and where the id redirects if it was merged. */
export async function entityForWrite(
  tx: Tx,
  id: string,
): Promise<{ entity: VersionedEntity | null; mergedInto: string | null }> {
  const [row] = await tx.run(
    /* cypher */ `
    OPTIONAL MATCH (e:Entity {id: $id})
    OPTIONAL MATCH (:Redirect {id: $id})-[:REDIRECTS_TO]->(target:Entity)
    RETURN CASE WHEN e IS NULL THEN null ELSE ${entityRow('e')} END AS entity, target.id AS mergedInto`,
    { id },
  );
  return {
    entity: row?.entity ? (toStoredEntity(row.entity) as VersionedEntity) : null,
    mergedInto: (row?.mergedInto as string | null) ?? null,
  };
}

/** Creates an entity at version 1; `creation` is its first history event, kept on the node. */
export async function createEntity(tx: Tx, entity: EntityRecord, creation: Creation): Promise<void> {
  await tx.run(
    /* cypher */ `CREATE (e:Entity {id: $id})
                  SET e += $props, e:$($label), e.version = 1, e.createdAt = $at, e.updatedAt = $at,
                      e.createdBy = $actor, e.createdAs = $changes, e.createdAction = 'create'`,
    { id: entity.id, props: entityNodeProperties(entity), label: kindLabel[entity.kind], ...creation },
  );
}

export type VersionedClaim = WholeClaim & { key: string | null; version: number };

/** A whole claim with its identity key and version, read inside the transaction that will change it. */
export async function claimForWrite(tx: Tx, id: string): Promise<VersionedClaim | null> {
  const [row] = await tx.run(
    /* cypher */ `MATCH (c:Claim {id: $id}) RETURN ${claimMap('c', '$select')} AS claim, c.key AS key, c.version AS version`,
    { id, select: fullClaimSelection },
  );
  if (!row) return null;
  return {
    ...(toStoredClaim(row.claim, fullClaimSelection) as WholeClaim),
    key: (row.key as string | null) ?? null,
    version: row.version as number,
  };
}

/**
 * Creates the claim unless one with its key exists. Relies on the claim_key uniqueness
 * constraint: MERGE then locks the key, so concurrent identical asserts meet on one claim. The
 * claim is ours exactly when it carries the id we proposed.
 */
export async function mergeClaimByKey(
  tx: Tx,
  claim: ClaimRecord,
  creation: Creation,
): Promise<{ id: string; created: boolean }> {
  const [row] = await tx.run(
    /* cypher */ `
    MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
    MERGE (c:Claim {key: $key})
    ON CREATE SET c.id = $id, c += $props, c.version = 1, c.createdAt = $at, c.updatedAt = $at, c.createdBy = $actor,
                  c.createdAs = $changes, c.createdAction = 'create'
    WITH c, s, o, c.id = $id AS created
    CALL (c, s, o, created) {
      WITH c, s, o WHERE created
      CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
    }
    RETURN c.id AS id, created`,
    { ...claim, props: claimNodeProperties(claim), ...creation },
  );
  // An end read a moment ago was merged away (or deleted) by a write that committed since: the
  // transaction runs again and resolves the end through its redirect.
  if (!row) throw new ConcurrentChange('an end of the claim was merged or deleted while it was asserted');
  if (row.created) {
    await replaceClaimLinks(tx, claim.id, claim.study, claim.citations);
    if (claim.reports.length > 0) await replaceReports(tx, claim.id, claim.reports);
  }
  return { id: row.id as string, created: row.created as boolean };
}

export interface NodeWrite {
  id: string;
  /** Properties to set (null removes one); only what the write changes. */
  props: Record<string, unknown>;
}

const writeStatement = (label: WritableLabel) => /* cypher */ `
    UNWIND $writes AS write
    MATCH (x:${label} {id: write.id})
    SET x += write.props, x.version = x.version + 1, x.updatedAt = $at
    RETURN x.id AS id, x.version AS version`;

/** Applies writes to nodes already locked, each raising its node's version by one; returns the new versions. */
export async function applyWrites(
  tx: Tx,
  label: WritableLabel,
  writes: NodeWrite[],
  at: string,
): Promise<Map<string, number>> {
  if (writes.length === 0) return new Map();
  const rows = await tx.run(writeStatement(label), { writes, at });
  return new Map(rows.map((row) => [row.id as string, row.version as number]));
}

/** Replaces a claim's evidence study and citations (in order); undefined leaves that link as it is. */
export async function replaceClaimLinks(
  tx: Tx,
  id: string,
  study: string | null | undefined,
  citations: CitationRecord[] | undefined,
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
      CREATE (c)-[:CITES {locator: $citations[position].locator, position: position, role: $citations[position].role}]->(source)`,
      { id, citations },
    );
  }
}

/** Replaces the claims a claim reports. */
export async function replaceReports(tx: Tx, id: string, reports: string[]): Promise<void> {
  await tx.run(
    /* cypher */ `
    MATCH (c:Claim {id: $id})
    OPTIONAL MATCH (c)-[old:REPORTS]->()
    DELETE old
    WITH DISTINCT c
    UNWIND $reports AS reported
    MATCH (r:Claim {id: reported})
    CREATE (c)-[:REPORTS]->(r)`,
    { id, reports },
  );
}

/** Which of these claim ids exist. */
export async function existingClaimIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  const rows = await tx.run(/* cypher */ `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id`, { ids });
  return new Set(rows.map((row) => row.id as string));
}

export async function claimIdByKey(tx: Tx, key: string): Promise<string | null> {
  const [row] = await tx.run(/* cypher */ `MATCH (c:Claim {key: $key}) RETURN c.id AS id`, { key });
  return (row?.id as string | undefined) ?? null;
}

/** Which other entities already hold these identifiers as exact matches: curie → entity id. */
export async function identifierHolders(tx: Tx, curies: string[], except: string): Promise<Map<string, string>> {
  const rows = await tx.run(
    /* cypher */ `
    UNWIND $curies AS curie
    MATCH (e:Entity) WHERE e.xrefKeys CONTAINS '|' + curie.key + '|' AND e.id <> $except
    RETURN curie.curie AS curie, min(e.id) AS id`,
    { curies: curies.map((curie) => ({ curie, key: xrefKey(curie) })), except },
  );
  return new Map(rows.map((row) => [row.curie as string, row.id as string]));
}
