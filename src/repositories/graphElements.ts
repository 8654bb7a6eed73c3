import type { EntityKind, Predicate } from '../domain';
import { edgeClaimSelection, toStoredClaim } from './projections';
import type { StoredClaim } from './records';

/** A node for graph UIs; maps one-to-one to a Cytoscape.js node element. */
export interface GraphNodeRecord {
  id: string;
  kind: EntityKind;
  label: string;
}

/** An edge for graph UIs: one claim, from its subject to its object. */
export interface GraphEdgeRecord {
  id: string;
  source: string;
  target: string;
  predicate: Predicate;
  claim: StoredClaim;
}

export const graphNodeMap = (v: string) => `${v} {.id, .kind, label: ${v}.name}`;

/** An edge from a claim projected with edgeClaimSelection (its fields and its ends' ids). */
export function toGraphEdge(row: unknown): GraphEdgeRecord {
  const claim = toStoredClaim(row, edgeClaimSelection);
  return { id: claim.id, source: claim.subject!, target: claim.object!, predicate: claim.predicate!, claim };
}
