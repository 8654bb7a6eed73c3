import type { Database } from '../db/database';
import { xrefKey, type EntityKind } from '../domain';
import { entityByIdOrRedirect } from './cypher';
import { entityRow, toStoredEntity } from './projections';
import type { StoredEntity } from './records';

/**
 * Entities by id, for the entity loader. An id retired by a merge resolves to the entity it was
 * merged into. Missing ids are absent from the map.
 */
export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, StoredEntity>> {
  const rows = await db.read(
    /* cypher */ `
    UNWIND $ids AS id
    ${entityByIdOrRedirect}
    RETURN id, ${entityRow('e')} AS entity`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, toStoredEntity(row.entity)]));
}

/** How many entities there are (of one kind, or all): an `entities` page's totalCount. */
export async function countEntities(db: Database, kind: EntityKind | null): Promise<number> {
  const [row] = await db.read(
    /* cypher */ `MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind RETURN count(e) AS total`,
    { kind },
  );
  return row!.total as number;
}

/**
 * The id of the entity with this identifier: an exact match, else a close one (several close
 * matches: the first by id). Looked up through the text index on `xrefKeys` (domain/xrefs.ts).
 */
export async function entityIdByXref(db: Database, curie: string): Promise<string | null> {
  const key = xrefKey(curie);
  const [row] = await db.read(
    /* cypher */ `
    CALL () {
      MATCH (e:Entity) WHERE e.xrefKeys CONTAINS $exact RETURN e, 0 AS closeness
      UNION
      MATCH (e:Entity) WHERE e.xrefKeys CONTAINS $close RETURN e, 1 AS closeness
    }
    RETURN e.id AS id ORDER BY closeness, id LIMIT 1`,
    { exact: `|${key}|`, close: `|~${key}|` },
  );
  return (row?.id as string | undefined) ?? null;
}
