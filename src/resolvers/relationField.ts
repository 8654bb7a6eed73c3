import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { FieldLoad } from '../planning/fieldLoads';
import { memoForNodes } from '../planning/memo';
import type { FieldLoadRegistry } from '../planning/planAhead';
import type { StoredEntity } from '../repositories/records';
import type { RelationLoad, RelationValue } from '../repositories/relations';

/** A relationship field's resolver, carrying the field load that planAhead reads ahead. */
export type RelationResolver<Args, L extends RelationLoad, Result> = ((
  entity: StoredEntity,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) => Promise<Result>) & { fieldLoad: FieldLoad<Args, L> };

/**
 * The resolver of a relationship field: it loads the key `fieldLoad` plans through the
 * relations loader (batched per level, or already there when the root field read ahead) and
 * shapes the value with `finish`. The plan is made once per document and arguments (memo.ts).
 */
export function relationField<Args, L extends RelationLoad, Result>(
  fieldLoad: FieldLoad<Args, L>,
  finish: (value: RelationValue<L>) => Result,
): RelationResolver<Args, L, Result> {
  const resolve = async (entity: StoredEntity, args: Args, { loaders }: Context, info: GraphQLResolveInfo) => {
    const load = memoForNodes(info.fieldNodes, JSON.stringify(args), () => fieldLoad.plan(args, info));
    return finish(await loaders.relation(entity.id, load));
  };
  return Object.assign(resolve, { fieldLoad });
}

/** `finish` for fields whose value is the loaded value itself. */
export const asLoaded = <T>(value: T): T => value;

/** The relationship fields of resolver maps, by GraphQL type: what a root field may read ahead. */
export function fieldLoadsOf(maps: Record<string, object>): FieldLoadRegistry {
  return Object.fromEntries(
    Object.entries(maps).map(([type, map]) => [
      type,
      Object.fromEntries(
        Object.entries(map).flatMap(([field, resolver]) =>
          typeof resolver === 'function' && 'fieldLoad' in resolver ? [[field, resolver.fieldLoad]] : [],
        ),
      ),
    ]),
  ) as FieldLoadRegistry;
}
