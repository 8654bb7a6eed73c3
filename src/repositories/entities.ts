import type { Database } from '../db/database';
import { int } from '../db/params';
import type { EntityKind, Predicate } from '../domain';
import { entityProjection } from './projections';
import type { Page, StoredEntity } from './records';

/**
 * Entities by id, for the entity loader. An id retired by a merge resolves to the entity it was
 * merged into. Missing ids are absent from the map.
 */
export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, StoredEntity>> {
  const rows = await db.read(
    /* cypher */ `
    UNWIND $ids AS id
    OPTIONAL MATCH (e:Entity {id: id})
    OPTIONAL MATCH (:Redirect {id: id})-[:REDIRECTS_TO]->(target:Entity)
    WITH id, coalesce(e, target) AS found
    WHERE found IS NOT NULL
    RETURN id, ${entityProjection('found')} AS entity`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, row.entity as StoredEntity]));
}

/** A page of entities in id order, optionally of one kind; `after` is the last id seen. */
export async function listEntities(
  db: Database,
  { kind, first, after }: { kind: EntityKind | null; first: number; after: string | null },
): Promise<Page<StoredEntity>> {
  const [row] = await db.read(
    /* cypher */ `
    CALL () {
      MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind
      RETURN count(e) AS total
    }
    CALL () {
      MATCH (e:Entity) WHERE ($kind IS NULL OR e.kind = $kind) AND e.id > $after
      WITH e ORDER BY e.id LIMIT $limit
      RETURN collect(${entityProjection('e')}) AS page
    }
    RETURN total, page`,
    { kind, after: after ?? '', limit: int(first + 1) },
  );
  const page = row!.page as StoredEntity[];
  return { items: page.slice(0, first), total: row!.total as number, hasNextPage: page.length > first };
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface NeighbourOptions {
  predicates: Predicate[];
  /** OUT: the entity is the claims' subject; IN: their object; BOTH: either end. */
  direction: Direction;
  maxRank: number;
  includeRetracted: boolean;
}

const neighbourPatterns: Record<Direction, string> = {
  OUT: '(e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(n:Entity)',
  IN: '(e)<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(n:Entity)',
  BOTH: '(e)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(n:Entity)',
};

/**
 * For each entity, the distinct entities its claims (with these predicates, in this direction)
 * join it to, strongest evidence first, then by name.
 */
export async function neighboursOf(db: Database, ids: readonly string[], options: NeighbourOptions): Promise<Map<string, StoredEntity[]>> {
  const rows = await db.read(
    /* cypher */ `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    CALL (e) {
      MATCH ${neighbourPatterns[options.direction]}
      WHERE n <> e AND c.predicate IN $predicates AND c.levelRank <= $maxRank
        AND ($includeRetracted OR c.status <> 'RETRACTED')
      WITH n, min(c.levelRank) AS best
      ORDER BY best, n.name, n.id
      RETURN collect(${entityProjection('n')}) AS neighbours
    }
    RETURN id, neighbours`,
    { ids, predicates: options.predicates, maxRank: options.maxRank, includeRetracted: options.includeRetracted },
  );
  return new Map(rows.map((row) => [row.id as string, row.neighbours as StoredEntity[]]));
}
