import type { StoredClaim, StoredEntity } from './records';

/*
 * The Cypher map projections every read shares, and their decoding. Only variable names are
 * spliced in, from code; what a query selects reaches Cypher as a parameter (a `ClaimSelection`
 * map), so the statement texts stay a small fixed set (no new plan per selection).
 */

const commonEntityFields =
  '.id, .kind, .name, .aliases, .description, .version, .xrefs, .closeXrefs, .createdAt, .updatedAt';

/**
 * An entity as a map, with the source and study details only on those kinds: a map projection
 * sends every key it names, null or not, and decoding ten null keys per entity was a measurable
 * share of a 50-entity page.
 */
export function entityMap(v: string): string {
  return `CASE ${v}.kind
    WHEN 'SOURCE' THEN ${v} {${commonEntityFields}, .sourceType, .tier, .authors, .journal, .year, .citation, .pmid, .doi, .url, .publisher}
    WHEN 'STUDY' THEN ${v} {${commonEntityFields}, .participants, .design, .designLevel}
    ELSE ${v} {${commonEntityFields}} END`;
}

/** A claim's own properties a query may read (besides id and levelRank, which are always read). */
export const claimPropertyNames = [
  'version',
  'kind',
  'predicate',
  'statement',
  'qualifiers',
  'level',
  'certainty',
  'status',
  'statusNote',
  'measure',
  'timepoint',
  'createdAt',
  'updatedAt',
] as const;
export type ClaimProperty = (typeof claimPropertyNames)[number];

/** How much of a related entity a claim brings along: the whole entity, its id, or nothing. */
export type EndSelection = 'entity' | 'id' | null;

/**
 * The parts of a claim a query reads; only those are projected. Reading a claim's study and
 * citations walks two more relationships per claim, and bringing its ends along whole saves
 * the entity loader a round trip when the query reads them.
 */
export interface ClaimSelection {
  props: ClaimProperty[];
  subject: EndSelection;
  object: EndSelection;
  study: boolean;
  citations: EndSelection;
  /** The ids of the claims it reports, and of those reporting it. */
  reports: boolean;
  reportedBy: boolean;
}

/** Everything, ends and sources whole: for the claim loader, whose claims serve any later field. */
export const fullClaimSelection: ClaimSelection = {
  props: [...claimPropertyNames],
  subject: 'entity',
  object: 'entity',
  study: true,
  citations: 'entity',
  reports: true,
  reportedBy: true,
};

/** What graph elements (neighbourhoods, paths) need of each claim: its fields and its ends' ids. */
export const edgeClaimSelection: ClaimSelection = {
  ...fullClaimSelection,
  subject: 'id',
  object: 'id',
  citations: 'id',
};

function end(v: string, relationship: 'SUBJECT' | 'OBJECT', selection: string): string {
  return `CASE ${selection} WHEN 'entity' THEN [(${v})-[:${relationship}]->(x) | ${entityMap('x')}][0]
    WHEN 'id' THEN [(${v})-[:${relationship}]->(x) | x.id][0] END`;
}

/**
 * A claim as `{id, rank, values, subject, object, study, citations}`: `values` lists the selected
 * properties in `sel.props` order (a list decodes cheaper than a map of mostly unread keys);
 * `sel` is a Cypher expression for a ClaimSelection (a parameter or a variable holding one).
 */
export function claimMap(v: string, sel: string): string {
  return `{id: ${v}.id, rank: ${v}.levelRank, values: [k IN ${sel}.props | ${v}[k]],
    subject: ${end(v, 'SUBJECT', `${sel}.subject`)},
    object: ${end(v, 'OBJECT', `${sel}.object`)},
    study: CASE WHEN ${sel}.study THEN [(${v})-[:EVIDENCE_FROM]->(x) | x.id][0] END,
    citations: CASE ${sel}.citations
      WHEN 'entity' THEN [(${v})-[r:CITES]->(x) | {position: r.position, locator: r.locator, role: r.role, source: ${entityMap('x')}}]
      WHEN 'id' THEN [(${v})-[r:CITES]->(x) | {position: r.position, locator: r.locator, role: r.role, source: x.id}] END,
    reports: CASE WHEN ${sel}.reports THEN [(${v})-[:REPORTS]->(x) | x.id] END,
    reportedBy: CASE WHEN ${sel}.reportedBy THEN [(${v})<-[:REPORTS]-(x) | x.id] END}`;
}

interface ProjectedClaim {
  id: string;
  rank: number;
  values: unknown[];
  subject: StoredEntity | string | null;
  object: StoredEntity | string | null;
  study: string | null;
  citations: Array<{
    position: number;
    locator: string;
    role: 'DISPUTES' | null;
    source: StoredEntity | string;
  }> | null;
  reports: string[] | null;
  reportedBy: string[] | null;
}

const idOf = (value: StoredEntity | string) => (typeof value === 'string' ? value : value.id);

/**
 * Decodes a claimMap projected with `selection`. Entities brought along whole go to `embedded`,
 * for the entity loader; citations are put in their stored order (pattern comprehensions do not
 * promise one).
 */
export function toStoredClaim(row: unknown, selection: ClaimSelection): StoredClaim {
  const projected = row as ProjectedClaim;
  const claim: Record<string, unknown> = { id: projected.id, levelRank: projected.rank };
  selection.props.forEach((property, index) => (claim[property] = projected.values[index] ?? null));
  const embedded: StoredEntity[] = [];
  const keep = (value: StoredEntity | string) => {
    if (typeof value !== 'string') embedded.push(value);
    return idOf(value);
  };
  if (projected.subject) claim.subject = keep(projected.subject);
  if (projected.object) claim.object = keep(projected.object);
  if (selection.study) claim.study = projected.study ?? null;
  if (projected.citations) {
    claim.citations = [...projected.citations]
      .sort((a, b) => a.position - b.position)
      .map(({ source, locator, role }) => ({ source: keep(source), locator, ...(role ? { role } : {}) }));
  }
  if (projected.reports) claim.reports = [...projected.reports].sort();
  if (projected.reportedBy) claim.reportedBy = [...projected.reportedBy].sort();
  if (claim.qualifiers === null) claim.qualifiers = [];
  if (embedded.length > 0) claim.embedded = embedded;
  return claim as unknown as StoredClaim;
}
