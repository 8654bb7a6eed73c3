import type { StoredClaim } from './records';

/*
 * Cypher map projections shared by the read repositories. Only the variable name is spliced in,
 * and only from code, never from input.
 */

export function entityProjection(variable: string): string {
  return `${variable} {.id, .kind, .name, .aliases, .description, .createdAt, .updatedAt, .sourceType, .tier,
    .authors, .journal, .year, .citation, .pmid, .doi, .url, .publisher, .participants, .design}`;
}

export function claimProjection(variable: string): string {
  return `${variable} {.id, .predicate, .statement, .qualifiers, .level, .levelRank, .certainty, .status, .statusNote,
    .createdAt, .updatedAt,
    subject: [(${variable})-[:SUBJECT]->(s) | s.id][0],
    object: [(${variable})-[:OBJECT]->(o) | o.id][0],
    study: [(${variable})-[:EVIDENCE_FROM]->(st) | st.id][0],
    citations: [(${variable})-[cite:CITES]->(src) | {source: src.id, locator: cite.locator, position: cite.position}]}`;
}

/** Puts citations in their stored order; pattern comprehensions do not promise one. */
export function toStoredClaim(row: unknown): StoredClaim {
  const claim = row as StoredClaim & { citations: Array<{ source: string; locator: string; position: number }> };
  const citations = [...claim.citations].sort((a, b) => a.position - b.position).map(({ source, locator }) => ({ source, locator }));
  return { ...claim, qualifiers: claim.qualifiers ?? [], citations };
}
