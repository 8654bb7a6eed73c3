import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ClaimProperty, ClaimSelection, EndSelection } from '../repositories/projections';

/** What lookahead needs of a resolver's info: where the field sits in the query, and its fragments. */
export type Lookahead = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields named `name` directly in these selection sets, looking through fragments. */
function childFields(sets: SelectionSetNode[], name: string, info: Lookahead): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && selection.name.value === name) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** The selection sets at `path` below the field being resolved; null when the query does not go there. */
export function selectionSetsAt(info: Lookahead, path: string[]): SelectionSetNode[] | null {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const fields = childFields(sets, name, info);
    if (fields.length === 0) return null;
    sets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return sets;
}

/**
 * Whether the query asks for `path` below the field being resolved, e.g.
 * `selects(info, ['edges', 'node', 'object'])`. Lets a resolver fetch only what will be used,
 * such as skipping a count nobody asked for.
 */
export function selects(info: Lookahead, path: string[]): boolean {
  return selectionSetsAt(info, path) !== null;
}

/** Claim fields whose resolvers read the property of the same name. */
const directProperties = [
  'version',
  'kind',
  'predicate',
  'statement',
  'qualifiers',
  'status',
  'statusNote',
  'measure',
  'timepoint',
] as const;

/** The fields an entity's summary holds; `__typename` is answered from its kind. */
const summaryFields = new Set(['id', 'kind', 'name', '__typename']);

/** Whether every field read in these selection sets (through fragments) is one a summary holds. */
function onlySummaryFields(sets: SelectionSetNode[], info: Lookahead): boolean {
  const check = (set: SelectionSetNode): boolean =>
    set.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return summaryFields.has(selection.name.value) && !selection.selectionSet;
      if (selection.kind === Kind.INLINE_FRAGMENT) return check(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment ? check(fragment.selectionSet) : false;
    });
  return sets.every(check);
}

/**
 * Which of a claim's fields a query reads below `prefix` (where the claims are): only those are
 * projected. An end the query reads comes along, so that its fields need no round trip: as a
 * summary when the query reads only its id, kind and name (most lists do), else whole.
 */
export function claimSelection(info: Lookahead, prefix: string[]): ClaimSelection {
  const at = (...path: string[]) => selects(info, [...prefix, ...path]);
  const props: ClaimProperty[] = directProperties.filter((field) => at(field));
  if (at('evidence')) props.push('level', 'certainty');
  const end = (...path: string[]): EndSelection => {
    const sets = selectionSetsAt(info, [...prefix, ...path]);
    if (!sets) return null;
    return onlySummaryFields(sets, info) ? 'summary' : 'entity';
  };
  return {
    props,
    subject: end('subject'),
    object: end('object'),
    study: at('evidence', 'study'),
    citations: end('citations', 'source') ?? (at('citations') ? 'id' : null),
    reports: at('reports'),
    reportedBy: at('reportedBy'),
  };
}
