import type { StoredClaim, StoredEntity } from './records';

/*
 * The Cypher map projections every read shares, and their decoding. Only variable names are
 * spliced in, from code; what a query selects reaches Cypher as a parameter (a `ClaimSelection`
 * map), so the statement texts stay a small fixed set (no new plan per selection).
 */

const commonEntityFields = [
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'version',
  'xrefs',
  'closeXrefs',
  'createdAt',
  'updatedAt',
] as const;
const sourceFields = [
  'sourceType',
  'tier',
  'authors',
  'journal',
  'year',
  'citation',
  'pmid',
  'doi',
  'url',
  'publisher',
] as const;
const studyFields = ['participants', 'design', 'designLevel'] as const;
const listOf = (v: string, fields: readonly string[]) => `[${fields.map((field) => `${v}.${field}`).join(', ')}]`;

/**
 * An entity as a list of its values in a fixed order (commonEntityFields, then the source or
 * study details on those kinds only): a list sends no keys, and decoding keys was most of the
 * cost of a page of entities. `toStoredEntity` turns it back into a record.
 */
export function entityRow(v: string): string {
  return `${listOf(v, commonEntityFields)} + [CASE ${v}.kind
    WHEN 'SOURCE' THEN ${listOf(v, sourceFields)}
    WHEN 'STUDY' THEN ${listOf(v, studyFields)} END]`;
}

/** Decodes an entityRow, or a summaryRow into an entity marked partial. */
export function toStoredEntity(row: unknown): StoredEntity {
  const values = row as unknown[];
  if (values.length === 3) {
    const [id, kind, name] = values as [string, StoredEntity['kind'], string];
    return { id, kind, name, partial: true } as StoredEntity;
  }
  const entity: Record<string, unknown> = {};
  commonEntityFields.forEach((field, index) => (entity[field] = values[index] ?? null));
  const details = values[commonEntityFields.length] as unknown[] | null;
  if (details) {
    const fields = entity.kind === 'SOURCE' ? sourceFields : studyFields;
    fields.forEach((field, index) => (entity[field] = details[index] ?? null));
  }
  return entity as unknown as StoredEntity;
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

/**
 * How much of a related entity a claim brings along: the whole entity, its summary (id, kind
 * and name: all a query reading only those needs), its id, or nothing.
 */
export type EndSelection = 'entity' | 'summary' | 'id' | null;

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

/** An entity's summary: `[id, kind, name]`, all most lists read of it. */
export const summaryRow = (v: string) => `[${v}.id, ${v}.kind, ${v}.name]`;

/** How much of an entity a projection brings: `x` read whole, as a summary, or its id. */
function entityAs(x: string, selection: Exclude<EndSelection, null>): string {
  return selection === 'entity' ? entityRow(x) : selection === 'summary' ? summaryRow(x) : `${x}.id`;
}

const endSelections = ['entity', 'summary', 'id'] as const;

/** A claim's end read as `selection` says (a literal selection). */
function endAs(v: string, relationship: 'SUBJECT' | 'OBJECT', selection: EndSelection): string {
  return selection === null ? 'null' : `[(${v})-[:${relationship}]->(x) | ${entityAs('x', selection)}][0]`;
}

/** A claim's citations, each `[position, locator, role, source]`, the source read as `selection` says. */
function citationsAs(v: string, selection: EndSelection): string {
  return selection === null
    ? 'null'
    : `[(${v})-[r:CITES]->(x) | [r.position, r.locator, r.role, ${entityAs('x', selection)}]]`;
}

/** The same, chosen at run time by a Cypher expression holding an EndSelection. */
const endByParameter = (build: (selection: EndSelection) => string, selection: string) =>
  `CASE ${selection} ${endSelections.map((option) => `WHEN '${option}' THEN ${build(option)}`).join(' ')} END`;

/**
 * A claim as a list: `[id, rank, values, subject, object, study, citations, reports,
 * reportedBy]`, where `values` lists the selected properties in `sel.props` order and each
 * citation is `[position, locator, role, source]` (a list decodes cheaper than a map of mostly
 * unread keys); `sel` is a Cypher expression for a ClaimSelection (a parameter or a variable
 * holding one). An end or source read whole is an entityRow, a summary `[id, kind, name]`, or its id.
 */
export function claimMap(v: string, sel: string): string {
  return `[${v}.id, ${v}.levelRank, [k IN ${sel}.props | ${v}[k]],
    ${endByParameter((option) => endAs(v, 'SUBJECT', option), `${sel}.subject`)},
    ${endByParameter((option) => endAs(v, 'OBJECT', option), `${sel}.object`)},
    CASE WHEN ${sel}.study THEN ${studyOf(v)} END,
    ${endByParameter((option) => citationsAs(v, option), `${sel}.citations`)},
    CASE WHEN ${sel}.reports THEN ${reportsOf(v)} END,
    CASE WHEN ${sel}.reportedBy THEN ${reportedByOf(v)} END]`;
}

const studyOf = (v: string) => `[(${v})-[:EVIDENCE_FROM]->(x) | x.id][0]`;
const reportsOf = (v: string) => `[(${v})-[:REPORTS]->(x) | x.id]`;
const reportedByOf = (v: string) => `[(${v})<-[:REPORTS]-(x) | x.id]`;

/**
 * claimMap with the selection written into the text: the same list, without the run-time choices
 * (a specialised statement, planned for one selection: see relationShapes.ts). Only property
 * names of claimPropertyNames are written, never anything from a request.
 */
export function claimMapFor(v: string, selection: ClaimSelection): string {
  for (const property of selection.props) {
    if (!(claimPropertyNames as readonly string[]).includes(property))
      throw new Error(`not a claim property: ${property}`);
  }
  return `[${v}.id, ${v}.levelRank, [${selection.props.map((property) => `${v}.${property}`).join(', ')}],
    ${endAs(v, 'SUBJECT', selection.subject)},
    ${endAs(v, 'OBJECT', selection.object)},
    ${selection.study ? studyOf(v) : 'null'},
    ${citationsAs(v, selection.citations)},
    ${selection.reports ? reportsOf(v) : 'null'},
    ${selection.reportedBy ? reportedByOf(v) : 'null'}]`;
}

type EntityOrId = unknown[] | string;

/**
 * Decodes a claimMap projected with `selection`. Entities brought along whole go to `embedded`,
 * for the entity loader; summaries go to `summaries`, for this claim's own end and citation
 * resolvers only (a summary never primes the loader: another field may need the whole entity).
 * Citations are put in their stored order (pattern comprehensions do not promise one).
 */
export function toStoredClaim(row: unknown, selection: ClaimSelection): StoredClaim {
  const [id, rank, values, subject, object, study, citations, reports, reportedBy] = row as [
    string,
    number,
    unknown[],
    EntityOrId | null,
    EntityOrId | null,
    string | null,
    Array<[number, string, 'DISPUTES' | null, EntityOrId]> | null,
    string[] | null,
    string[] | null,
  ];
  const claim: Record<string, unknown> = { id, levelRank: rank };
  selection.props.forEach((property, index) => (claim[property] = values[index] ?? null));
  const embedded: StoredEntity[] = [];
  const summaries: Record<string, StoredEntity> = {};
  const keep = (value: EntityOrId) => {
    if (typeof value === 'string') return value;
    const entity = toStoredEntity(value);
    if (entity.partial) summaries[entity.id] = entity;
    else embedded.push(entity);
    return entity.id;
  };
  if (subject) claim.subject = keep(subject);
  if (object) claim.object = keep(object);
  if (selection.study) claim.study = study ?? null;
  if (citations) {
    claim.citations = [...citations]
      .sort((a, b) => a[0] - b[0])
      .map(([, locator, role, source]) => ({ source: keep(source), locator, ...(role ? { role } : {}) }));
  }
  if (reports) claim.reports = [...reports].sort();
  if (reportedBy) claim.reportedBy = [...reportedBy].sort();
  if (claim.qualifiers === null) claim.qualifiers = [];
  if (embedded.length > 0) claim.embedded = embedded;
  if (Object.keys(summaries).length > 0) claim.summaries = summaries;
  return claim as unknown as StoredClaim;
}
