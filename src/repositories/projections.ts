import type { StoredClaim, StoredEntity } from './records';

/*
 * Cypher map projections shared by the read repositories. Only the variable name is spliced in,
 * and only from code, never from input.
 */

export function entityProjection(variable: string): string {
  return `${variable} {.id, .kind, .name, .aliases, .description, .createdAt, .updatedAt, .sourceType, .tier,
    .authors, .journal, .year, .citation, .pmid, .doi, .url, .publisher, .participants, .design}`;
}

/** Which related entities to bring along whole with each claim. */
export interface Embeds {
  subject: boolean;
  object: boolean;
  sources: boolean;
}

export const embedAll: Embeds = { subject: true, object: true, sources: true };
export const embedNone: Embeds = { subject: false, object: false, sources: false };

/**
 * A claim with its ends, study and citations as ids. The related entities named in `embed` come
 * along whole too, so a GraphQL query that then reads them needs no further round trip (the
 * loaders are primed with them); resolvers embed only what the query selects.
 */
export function claimProjection(variable: string, embed: Embeds = embedAll): string {
  const subject = embed.subject ? `subjectEntity: [(${variable})-[:SUBJECT]->(s) | ${entityProjection('s')}][0],` : '';
  const object = embed.object ? `objectEntity: [(${variable})-[:OBJECT]->(o) | ${entityProjection('o')}][0],` : '';
  const ends = `${subject}${object}`;
  const source = embed.sources ? `, sourceEntity: ${entityProjection('src')}` : '';
  return `${variable} {.id, .predicate, .statement, .qualifiers, .level, .levelRank, .certainty, .status, .statusNote,
    .createdAt, .updatedAt,
    subject: [(${variable})-[:SUBJECT]->(s) | s.id][0],
    object: [(${variable})-[:OBJECT]->(o) | o.id][0],
    ${ends}
    study: [(${variable})-[:EVIDENCE_FROM]->(st) | st.id][0],
    citations: [(${variable})-[cite:CITES]->(src) | {source: src.id, locator: cite.locator, position: cite.position${source}}]}`;
}

type RawClaim = StoredClaim & {
  subjectEntity?: StoredEntity;
  objectEntity?: StoredEntity;
  citations: Array<{ source: string; locator: string; position: number; sourceEntity?: StoredEntity }>;
};

/** Puts citations in their stored order (pattern comprehensions do not promise one) and gathers embedded entities. */
export function toStoredClaim(row: unknown): StoredClaim {
  const { subjectEntity, objectEntity, ...claim } = row as RawClaim;
  const ordered = [...claim.citations].sort((a, b) => a.position - b.position);
  const embedded = [subjectEntity, objectEntity, ...ordered.map((citation) => citation.sourceEntity)].filter((e): e is StoredEntity => Boolean(e));
  const citations = ordered.map(({ source, locator }) => ({ source, locator }));
  return { ...claim, qualifiers: claim.qualifiers ?? [], citations, ...(embedded.length > 0 ? { embedded } : {}) };
}
