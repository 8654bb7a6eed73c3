import type { Database } from '../db/database';
import { int } from '../db/params';
import type { EntityKind, Predicate } from '../domain';
import {
  composeCalls,
  entityByIdOrRedirect,
  readValues,
  type EntityPart,
  type EntityWithParts,
  type GuardedPart,
} from './entityParts';
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
    ${entityByIdOrRedirect}
    RETURN id, ${entityProjection('e')} AS entity`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, row.entity as StoredEntity]));
}

/**
 * A page of entities in id order, optionally of one kind; `after` is the last id seen. The parts
 * are read about each entity of the page in the same statement (see entityParts.ts); the total
 * only when asked for, as counting every entity of a large graph is not free.
 */
export async function listEntities(
  db: Database,
  {
    kind,
    first,
    after,
    withTotal,
  }: { kind: EntityKind | null; first: number; after: string | null; withTotal: boolean },
  parts: GuardedPart[] = [],
): Promise<Page<EntityWithParts>> {
  const { cypher, params, columns, returned } = composeCalls(parts);
  // One row per entity rather than one collected list: aggregating large nested values into a
  // single record measured about 6 ms slower per page of 50 (Neo4j 5.26, slotted runtime).
  const rows = await db.read(
    /* cypher */ `
    CALL () {
      WITH 1 AS ignored WHERE $withTotal
      MATCH (e:Entity) WHERE $kind IS NULL OR e.kind = $kind
      RETURN count(e) AS total
    }
    OPTIONAL CALL () {
      MATCH (e:Entity) WHERE ($kind IS NULL OR e.kind = $kind) AND e.id > $after
      WITH e ORDER BY e.id LIMIT $limit
      ${cypher}
      RETURN ${entityProjection('e')} AS entity${returned}
    }
    RETURN total, entity${returned}`,
    { ...params, kind, after: after ?? '', limit: int(first + 1), withTotal },
  );
  const page = rows
    .filter((row) => row.entity !== null)
    .map((row) => {
      const entity = row.entity as StoredEntity;
      return { entity, values: readValues(row, entity, parts, columns) };
    })
    // Cypher does not promise that rows keep their order through the CALL subqueries.
    .sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
  return {
    items: page.slice(0, first),
    total: withTotal ? (rows[0]!.total as number) : -1,
    hasNextPage: page.length > first,
  };
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
 * The distinct entities an entity's claims (with these predicates, in this direction) join it
 * to, strongest evidence first, then by name.
 */
export function neighboursPart(options: NeighbourOptions): EntityPart<StoredEntity[]> {
  return {
    params: { predicates: options.predicates, maxRank: options.maxRank, includeRetracted: options.includeRetracted },
    body: ({ param, column }) => /* cypher */ `
      MATCH ${neighbourPatterns[options.direction]}
      WHERE n <> e AND c.predicate IN ${param('predicates')} AND c.levelRank <= ${param('maxRank')}
        AND (${param('includeRetracted')} OR c.status <> 'RETRACTED')
      WITH n, min(c.levelRank) AS best
      ORDER BY best, n.name, n.id
      RETURN collect(${entityProjection('n')}) AS ${column}`,
    read: (value) => value as StoredEntity[],
  };
}
