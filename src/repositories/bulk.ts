import type { Database, Tx } from '../db/database';
import { kindLabel, type EntityKind } from '../domain';
import { searchKey } from '../domain/searchText';
import { claimHistoryFields, entityHistoryFields, type ClaimRecord, type EntityRecord } from '../domain/records';
import { encodeChanges, fieldChanges } from '../domain/changes';

/** Who writes, when, and (for imports) the tag that lets a failed import be removed. */
export interface WriteMeta {
  actor: string;
  at: string;
  importId: string | null;
}

/** An entity's node properties: its fields (details flat) and what search matches on. */
export function entityNodeProperties(entity: EntityRecord): Record<string, unknown> {
  return {
    ...entityHistoryFields(entity),
    aliasText: entity.aliases.join(' | '),
    searchKeys: [...new Set([entity.name, ...entity.aliases].map(searchKey))],
  };
}

/** A claim's own node properties (its ends, study and citations are relationships). */
export function claimNodeProperties(claim: ClaimRecord): Record<string, unknown> {
  return {
    predicate: claim.predicate,
    statement: claim.statement,
    qualifiers: claim.qualifiers,
    level: claim.level,
    levelRank: claim.levelRank,
    certainty: claim.certainty,
    status: claim.status,
    statusNote: claim.statusNote,
  };
}

/** Kinds of the given ids that exist as entities. */
export async function kindsOfEntities(db: Database, ids: string[]): Promise<Map<string, EntityKind>> {
  const rows = await db.read(
    /* cypher */ `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.kind AS kind`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, row.kind as EntityKind]));
}

/** Creates the entities whose ids are free; existing ones are left as they are. Returns how many were created. */
export async function createEntities(tx: Tx, entities: EntityRecord[], meta: WriteMeta): Promise<number> {
  if (entities.length === 0) return 0;
  const rows = entities.map((entity) => ({
    id: entity.id,
    label: kindLabel[entity.kind],
    props: entityNodeProperties(entity),
    changes: encodeChanges(fieldChanges(null, { id: entity.id, ...entityHistoryFields(entity) })),
  }));
  const [row] = await tx.run(
    /* cypher */ `
    UNWIND $rows AS row
    WITH row WHERE NOT EXISTS { MATCH (:Entity {id: row.id}) } AND NOT EXISTS { MATCH (:Redirect {id: row.id}) }
    CREATE (e:Entity {id: row.id})
    SET e += row.props, e:$(row.label), e.createdAt = $at, e.updatedAt = $at,
        e.createdBy = $actor, e.createdAs = row.changes, e.importId = $importId
    RETURN count(e) AS created`,
    { rows, ...meta },
  );
  return row!.created as number;
}

/**
 * Creates the claims whose identity (key) is new, with their subject, object, evidence study and
 * ordered citations. A claim id already used by a different claim fails on the id constraint.
 * Three flat UNWIND statements (claims with their ends, then citations, then studies) run several
 * times faster than one statement with a subquery per claim.
 */
export async function createClaims(tx: Tx, claims: ClaimRecord[], meta: WriteMeta): Promise<number> {
  if (claims.length === 0) return 0;
  const rows = claims.map((claim) => ({
    id: claim.id,
    key: claim.key,
    subject: claim.subject,
    object: claim.object,
    props: claimNodeProperties(claim),
    changes: encodeChanges(fieldChanges(null, claimHistoryFields(claim))),
  }));
  const [row] = await tx.run(
    /* cypher */ `
    UNWIND $rows AS row
    WITH row WHERE NOT EXISTS { MATCH (:Claim {key: row.key}) }
    MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
    CREATE (c:Claim {id: row.id, key: row.key})
    SET c += row.props, c.createdAt = $at, c.updatedAt = $at,
        c.createdBy = $actor, c.createdAs = row.changes, c.importId = $importId
    CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
    RETURN collect(row.id) AS created`,
    { rows, ...meta },
  );
  const created = new Set(row!.created as string[]);
  if (created.size === 0) return 0;
  const mine = claims.filter((claim) => created.has(claim.id));
  const cites = mine.flatMap((claim) =>
    claim.citations.map((citation, position) => ({ claim: claim.id, ...citation, position })),
  );
  await tx.run(
    /* cypher */ `
    UNWIND $cites AS cite
    MATCH (c:Claim {id: cite.claim}), (source:Entity {id: cite.source})
    CREATE (c)-[:CITES {locator: cite.locator, position: cite.position}]->(source)`,
    { cites },
  );
  const studies = mine.filter((claim) => claim.study).map((claim) => ({ claim: claim.id, study: claim.study }));
  if (studies.length > 0) {
    await tx.run(
      /* cypher */ `
      UNWIND $studies AS link
      MATCH (c:Claim {id: link.claim}), (study:Entity {id: link.study})
      CREATE (c)-[:EVIDENCE_FROM]->(study)`,
      { studies },
    );
  }
  return created.size;
}

/** Retired ids (from merges) that keep resolving to their entity. */
export async function createRedirects(
  tx: Tx,
  redirects: Array<{ from: string; to: string }>,
  meta: WriteMeta,
): Promise<number> {
  if (redirects.length === 0) return 0;
  const [row] = await tx.run(
    /* cypher */ `
    UNWIND $redirects AS redirect
    WITH redirect WHERE NOT EXISTS { MATCH (:Redirect {id: redirect.from}) } AND NOT EXISTS { MATCH (:Entity {id: redirect.from}) }
    MATCH (target:Entity {id: redirect.to})
    CREATE (r:Redirect {id: redirect.from, createdAt: $at, importId: $importId})-[:REDIRECTS_TO]->(target)
    RETURN count(r) AS created`,
    { redirects, ...meta },
  );
  return row!.created as number;
}

export async function countGraph(db: Database): Promise<{ entities: number; claims: number }> {
  const [row] = await db.read(/* cypher */ `RETURN COUNT { (:Entity) } AS entities, COUNT { (:Claim) } AS claims`);
  return row as { entities: number; claims: number };
}
