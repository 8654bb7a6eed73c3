import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { entityKinds, kindLabel, type EntityKind } from '../domain';
import type { GuardedLoad, RelationLoad } from '../repositories/relations';
import { selectionSetsAt, type Lookahead } from './lookahead';

/**
 * The relationship fields of each entity type ("Entity" for the interface's own), by field
 * name: what planAhead can read ahead. Arguments reach `plan` as GraphQL coerced them for the
 * field, exactly as they reach the field's resolver.
 */
export type FieldLoadRegistry = Record<string, Record<string, { plan(args: never, info: Lookahead): RelationLoad }>>;

const kindOfType = new Map<string, EntityKind>(entityKinds.map((kind) => [kindLabel[kind], kind]));

function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * The relationship fields a query reads on the entities at `path` below the field being
 * resolved (through fragments and type conditions), as the keys their resolvers will ask the
 * relations loader for. The root field reads them in its own statement and primes the loader,
 * so `entity(id) { … on Technique { treats { claims { … } } } }` costs one round trip instead
 * of one per level. A field whose arguments are bad is left to its resolver, which reports the
 * error where it belongs.
 */
export function planAhead(info: GraphQLResolveInfo, path: string[], fieldLoads: FieldLoadRegistry): GuardedLoad[] {
  const sets = selectionSetsAt(info, path);
  if (!sets) return [];
  // Fields are gathered per type and response key, as execution merges them.
  const fields = new Map<string, { type: string; nodes: FieldNode[] }>();
  const visit = (set: SelectionSetNode, type: string) => {
    for (const selection of set.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = `${type}.${selection.alias?.value ?? selection.name.value}`;
        const entry = fields.get(key) ?? { type, nodes: [] };
        entry.nodes.push(selection);
        fields.set(key, entry);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, selection.typeCondition?.name.value ?? type);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, fragment.typeCondition.name.value);
      }
    }
  };
  sets.forEach((set) => visit(set, 'Entity'));

  const planned = new Map<string, GuardedLoad>();
  for (const { type, nodes } of fields.values()) {
    const name = nodes[0]!.name.value;
    const fieldLoad = fieldLoads[type]?.[name];
    const definition = (
      info.schema.getType(type) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined
    )?.getFields?.()[name];
    if (!fieldLoad || !definition) continue;
    let load: RelationLoad;
    try {
      load = fieldLoad.plan(getArgumentValues(definition, nodes[0]!, info.variableValues) as never, {
        fieldNodes: nodes,
        fragments: info.fragments,
      });
    } catch {
      continue;
    }
    const kind = kindOfType.get(type);
    const key = JSON.stringify(load);
    const earlier = planned.get(key);
    const kinds = kind ? [kind] : null;
    planned.set(key, {
      load,
      kinds: earlier ? (earlier.kinds && kinds ? [...new Set([...earlier.kinds, ...kinds])] : null) : kinds,
    });
  }
  return [...planned.values()];
}
