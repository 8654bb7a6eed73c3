import type { Database, Params } from '../db/database';
import { entityProjection } from './projections';
import type { StoredEntity } from './records';

/** How a part names its parameters and its one result column, so parts can share a statement. */
export interface PartNames {
  param(name: string): string;
  column: string;
}

/**
 * Something read about each entity, as the body of a `CALL (e) { … }` subquery over a bound
 * entity `e`. The body must return exactly one row whatever it matches (an aggregation does),
 * with one column, `names.column`. Parts compose: the loaders run one alone per batch of
 * entities, and a root field runs the entity lookup and every part its query asks for as one statement.
 */
export interface EntityPart<T> {
  body(names: PartNames): string;
  params: Params;
  read(value: unknown, entityId: string): T;
}

/** A part, and the entity kinds it applies to (null: all), when it sits under a type condition. */
export interface GuardedPart {
  part: EntityPart<unknown>;
  kinds: string[] | null;
}

/**
 * Binds `e` to the entity whose id is `id`, or to the entity it was merged into (its redirect);
 * rows with neither are dropped. Shared by the entity loader and the root fields' statements.
 */
export const entityByIdOrRedirect = /* cypher */ `
    OPTIONAL MATCH (found:Entity {id: id})
    OPTIONAL MATCH (:Redirect {id: id})-[:REDIRECTS_TO]->(target:Entity)
    WITH id, coalesce(found, target) AS e
    WHERE e IS NOT NULL`;

/**
 * The parts as CALL clauses over `e`, their parameters, the column each one returns, and those
 * columns as a tail for a RETURN list (`, part0, part1`).
 */
export function composeCalls(parts: GuardedPart[]): {
  cypher: string;
  params: Params;
  columns: string[];
  returned: string;
} {
  const params: Params = {};
  const columns: string[] = [];
  const calls = parts.map(({ part, kinds }, index) => {
    const ns = `part${index}`;
    const names: PartNames = { param: (name) => `$${ns}_${name}`, column: ns };
    for (const [name, value] of Object.entries(part.params)) params[`${ns}_${name}`] = value;
    columns.push(ns);
    if (kinds === null) return `CALL (e) {\n${part.body(names)}\n}`;
    // Skips the work for entities of other kinds (OPTIONAL keeps their row); their value is not read.
    params[`${ns}_kinds`] = kinds;
    return `OPTIONAL CALL (e) {\nWITH e WHERE e.kind IN $${ns}_kinds\n${part.body(names)}\n}`;
  });
  return { cypher: calls.join('\n'), params, columns, returned: columns.map((column) => `, ${column}`).join('') };
}

/** One part for each of these entities, batched: the loaders' statement. */
export async function partPerEntity<T>(
  db: Database,
  ids: readonly string[],
  part: EntityPart<T>,
): Promise<Map<string, T>> {
  const { cypher, params, columns } = composeCalls([{ part, kinds: null }]);
  const rows = await db.read(
    /* cypher */ `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    ${cypher}
    RETURN id, ${columns[0]} AS value`,
    { ...params, ids },
  );
  return new Map(rows.map((row) => [row.id as string, part.read(row.value, row.id as string)]));
}

/** An entity with what the parts read about it; `values[i]` is undefined where a guard skipped part i. */
export interface EntityWithParts {
  entity: StoredEntity;
  values: unknown[];
}

/** Reads each part's column of a result row (or map) about `entity`. */
export function readValues(
  row: Record<string, unknown>,
  entity: StoredEntity,
  parts: GuardedPart[],
  columns: string[],
): unknown[] {
  return parts.map(({ part, kinds }, index) =>
    kinds === null || kinds.includes(entity.kind) ? part.read(row[columns[index]!], entity.id) : undefined,
  );
}

/**
 * An entity by id (following a merge's redirect, as the entity loader does) together with the
 * parts, in one statement: a root field and the relationship fields below it in one round trip.
 */
export async function entityWithParts(db: Database, id: string, parts: GuardedPart[]): Promise<EntityWithParts | null> {
  const { cypher, params, columns, returned } = composeCalls(parts);
  const [row] = await db.read(
    /* cypher */ `
    UNWIND [$id] AS id
    ${entityByIdOrRedirect}
    ${cypher}
    RETURN ${entityProjection('e')} AS entity${returned}`,
    { ...params, id },
  );
  if (!row) return null;
  const entity = row.entity as StoredEntity;
  return { entity, values: readValues(row, entity, parts, columns) };
}
