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
import { memoForNodes } from './memo';

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
  // Once per document, path and variables (memo.ts); there is one registry (the entity types').
  return memoForNodes(info.fieldNodes, `${path.join('.')}|${JSON.stringify(info.variableValues)}`, () =>
    planFields(info, path, fieldLoads),
  );
}

/** Entity fields answered from an entity's summary (id, kind, name) or from its id alone. */
const summaryFields = new Set(['id', 'kind', 'name', '__typename', 'history']);

/**
 * Whether the query reads, on the entities at `path`, only what their summary holds (id, kind,
 * name) and fields answered from the id (relationship fields, history): then the root read
 * brings summaries, not whole entities (once per document, path and variables).
 */
export function readsOnlySummary(info: GraphQLResolveInfo, path: string[], fieldLoads: FieldLoadRegistry): boolean {
  return memoForNodes(info.fieldNodes, `summary|${path.join('.')}|${JSON.stringify(info.variableValues)}`, () => {
    const fields = fieldsAt(info, path);
    return (
      fields !== null &&
      [...fields.values()].every(({ type, nodes }) => {
        const name = nodes[0]!.name.value;
        return summaryFields.has(name) || fieldLoads[type]?.[name] !== undefined;
      })
    );
  });
}

/** The fields selected on the entities at `path`, per type and response key, as execution merges them. */
function fieldsAt(info: GraphQLResolveInfo, path: string[]): Map<string, { type: string; nodes: FieldNode[] }> | null {
  const sets = selectionSetsAt(info, path);
  if (!sets) return null;
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
  return fields;
}

function planFields(info: GraphQLResolveInfo, path: string[], fieldLoads: FieldLoadRegistry): GuardedLoad[] {
  const fields = fieldsAt(info, path);
  if (!fields) return [];
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
