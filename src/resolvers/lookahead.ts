import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ClaimSelection } from '../repositories/projections';

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

/**
 * Whether the query asks for `path` below the field being resolved, e.g.
 * `selects(info, ['edges', 'node', 'object'])`. Lets a resolver fetch only what will be used,
 * such as skipping a count nobody asked for.
 */
export function selects(info: Lookahead, path: string[]): boolean {
  return selectionSetsAt(info, path) !== null;
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

/** Which of a claim's related entities a query will read, below `prefix` (where the claims are). */
export interface ClaimEmbeds {
  subject: boolean;
  object: boolean;
  sources: boolean;
}

export function claimEmbeds(info: Lookahead, prefix: string[]): ClaimEmbeds {
  return {
    subject: selects(info, [...prefix, 'subject']),
    object: selects(info, [...prefix, 'object']),
    sources: selects(info, [...prefix, 'citations', 'source']),
  };
}

/** Which of a claim's fields a query reads, below `prefix` (where the claims are). */
export function claimSelection(info: Lookahead, prefix: string[]): ClaimSelection {
  const at = (...path: string[]) => selects(info, [...prefix, ...path]);
  const properties = (['predicate', 'statement', 'qualifiers', 'status', 'statusNote'] as const).filter((field) =>
    at(field),
  );
  return {
    properties: at('evidence') ? [...properties, 'level', 'certainty'] : properties,
    study: at('evidence', 'study'),
    citations: at('citations'),
  };
}
