import type { FieldNode } from 'graphql';

/*
 * Plans depend only on the query document and the arguments, not on the data: Apollo keeps each
 * parsed document (and so its FieldNode objects) in its document cache, so a plan computed for
 * a field's nodes and arguments serves every later request with the same document, and every
 * entity of one request, instead of walking the selection again each time. Plans are never
 * mutated after they are made.
 */

const nodeIds = new WeakMap<FieldNode, number>();
let nextNodeId = 0;
const plans = new WeakMap<FieldNode, Map<string, unknown>>();
/** Distinct argument sets kept per field (a client paging through `after` cursors makes many). */
const maxPerField = 64;

function nodeId(node: FieldNode): number {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return id;
}

/** `compute()` once per field nodes and `key` (the arguments, as JSON); later calls get the same value. */
export function memoForNodes<T>(nodes: readonly FieldNode[], key: string, compute: () => T): T {
  const [first] = nodes;
  if (!first) return compute();
  const fullKey = `${nodes.map(nodeId).join(',')}|${key}`;
  let forField = plans.get(first);
  if (!forField) {
    forField = new Map();
    plans.set(first, forField);
  }
  if (forField.has(fullKey)) return forField.get(fullKey) as T;
  const value = compute();
  if (forField.size >= maxPerField) forField.clear();
  forField.set(fullKey, value);
  return value;
}
