import type { Database } from '../db/database';
import type { EntityKind } from '../domain';
import { entityByIdOrRedirect } from './cypher';
import { entityMap } from './projections';
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
    RETURN id, ${entityMap('e')} AS entity`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, row.entity as StoredEntity]));
}

/** How many entities there are (of one kind, or all): an `entities` page's totalCount. */
export async function countEntities(db: Database, kind: EntityKind | null): Promise<number> {
  const [row] = await db.read(
    /* cypher */ `MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind RETURN count(e) AS total`,
    { kind },
  );
  return row!.total as number;
}
