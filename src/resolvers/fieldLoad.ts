import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { RelationLoad } from '../relationLoads';
import type { StoredEntity } from '../repositories/records';
import type { Lookahead } from './lookahead';

/**
 * A relationship field of an entity, read through the relations loader: `plan` turns its
 * arguments (and what the query selects below it) into the loader's key, `finish` shapes the
 * loaded value for GraphQL. A root field can plan the same key ahead (prefetch.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface FieldLoad<Args = any> {
  plan(args: Args, info: Lookahead): RelationLoad;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  finish(value: any): unknown;
}

/** The resolvers for a set of field loads. */
export function loadResolvers(fields: Record<string, FieldLoad>) {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      async (entity: StoredEntity, args: unknown, { loaders }: Context, info: GraphQLResolveInfo) =>
        field.finish(await loaders.relation(entity.id, field.plan(args, info))),
    ]),
  );
}
