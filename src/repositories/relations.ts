import type { Database } from '../db/database';
import { int } from '../db/params';
import { evidenceLevels, nonLinkStatuses, type ClaimStatus, type EntityKind, type Predicate } from '../domain';
import { afterPosition, claimFilter, countsAsEvidence, cypherList, entityByIdOrRedirect } from './cypher';
import {
  claimMap,
  claimMapFor,
  entityRow,
  summaryRow,
  toStoredClaim,
  toStoredEntity,
  type ClaimSelection,
} from './projections';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './records';
import { specialisedText } from './relationShapes';

/*
 * The relationship fields of entities (claims, typed relationship fields, treatment links), read
 * for a set of entities in one statement. What differs between fields and queries (which
 * relation, its arguments, what is selected below it) are parameters: each relation read is an
 * item of one of three lists (its family), so any mix of fields costs one statement, whose text
 * depends only on which families it reads: sixteen texts in all (entities by id or a page of
 * entities, times the eight sets of families).
 */

/**
 * How claims hang off the entity: as subject, object, either end, cited source, or as a study's
 * findings (see `findingsOf`).
 */
export type ClaimVia = 'SUBJECT' | 'OBJECT' | 'ANY' | 'CITES' | 'FINDINGS';
export type Direction = 'OUT' | 'IN' | 'BOTH';
export type Side = 'technique' | 'condition';

/** Keyset position in the claim order (strongest evidence first, then id). */
export interface ClaimPosition {
  rank: number;
  id: string;
}

export interface ClaimPageLoad {
  relation: 'claims';
  via: ClaimVia;
  predicates: Predicate[] | null;
  maxRank: number;
  /** Statuses left out (domain's excludedStatuses). */
  excluded: ClaimStatus[];
  first: number;
  after: ClaimPosition | null;
  /** Count all matching claims (costly on busy entities; only when totalCount is asked for). */
  withTotal: boolean;
  select: ClaimSelection;
}

/** The distinct entities that claims with these predicates join the entity to, in `direction`. */
export interface NeighbourLoad {
  relation: 'neighbours';
  direction: Direction;
  predicates: Predicate[];
  maxRank: number;
  excluded: ClaimStatus[];
}

/** TREATS claims grouped by their two ends; `side` is the end the entity stands at. */
export interface TreatmentLoad {
  relation: 'treatments';
  side: Side;
  maxRank: number;
  excluded: ClaimStatus[];
  /** For a condition: also the links of its narrower conditions (SUBTYPE_OF, transitively). */
  includeSubtypes: boolean;
  first: number;
  /**
   * The query reads the links' technique or condition: the other end (and a narrower condition)
   * come whole, for the entity loader; otherwise only their ids.
   */
  ends: boolean;
  select: ClaimSelection;
}

export type RelationLoad = ClaimPageLoad | NeighbourLoad | TreatmentLoad;

export type RelationValue<L extends RelationLoad> = L extends ClaimPageLoad
  ? Page<StoredClaim>
  : L extends NeighbourLoad
    ? StoredEntity[]
    : TreatmentLinkRecord[];

/** A load, and the entity kinds it applies to (null: every kind), when it sits under a type condition. */
export interface GuardedLoad {
  load: RelationLoad;
  kinds: EntityKind[] | null;
}

/** The most items any page may hold, plus one to tell whether there is a next page (LIMIT must be a constant). */
const pageCap = 101;

/** Runs `body` (which reads `e` and `p`) for each item `p` of `list` whose kinds guard admits `e`. */
function family(list: string, column: string, body: string): string {
  return /* cypher */ `
CALL (e) {
  UNWIND $${list} AS p
  CALL (e, p) {
    WITH e, p WHERE p.kinds IS NULL OR e.kind IN p.kinds
    ${body}
  }
  RETURN collect({key: p.key, value: value}) AS ${column}
}`;
}

/**
 * A study's findings (docs/model.md, "Findings and reports"): the EFFECT claims whose evidence
 * rests on the study `e`, at its design level when it has one, that cite (asserting) a PRIMARY
 * source the study is reported in. Claims restating a finding from another source cite that
 * source instead, and inferences drawn from a finding sit at another level, so neither is one.
 */
const findingsOf = /* cypher */ `MATCH (c:Claim {kind: 'EFFECT'})-[:EVIDENCE_FROM]->(e)
          WHERE (e.designLevel IS NULL OR c.level = e.designLevel)
            AND EXISTS {
              MATCH (c)-[cite:CITES]->(report:Entity {tier: 'PRIMARY'})<-[:OBJECT]-(r:Claim {predicate: 'REPORTED_IN'})-[:SUBJECT]->(e)
              WHERE cite.role IS NULL AND NOT r.status IN ${cypherList(nonLinkStatuses)}
            }`;

/** How each ClaimVia reaches the claims of `e`, binding `c`. */
const claimBranches: Record<ClaimVia, string> = {
  SUBJECT: 'MATCH (c)-[:SUBJECT]->(e) RETURN c',
  OBJECT: 'MATCH (c)-[:OBJECT]->(e) RETURN c',
  // A merge retracts a claim that came to join an entity to itself, and keeps it, so a claim may
  // come twice through either end: this branch alone is DISTINCT.
  ANY: 'MATCH (c)-[:SUBJECT|OBJECT]->(e) RETURN DISTINCT c',
  CITES: 'MATCH (c)-[:CITES]->(e) RETURN c',
  FINDINGS: `${findingsOf} RETURN c`,
};

/**
 * The claims of `e` the way `via` names; for the generic text (via null) one branch per way,
 * only the one `p.via` names taken: UNION ALL, since the branches never meet (only one runs),
 * which spares a Distinct over every claim.
 */
function claimsVia(via: ClaimVia | null): string {
  const branches =
    via === null
      ? Object.entries(claimBranches)
          .map(([name, branch]) => `WITH e, p WHERE p.via = '${name}' ${branch}`)
          .join('\n        UNION ALL\n        ')
      : `WITH e, p ${claimBranches[via]}`;
  return /* cypher */ `
      CALL (e, p) {
        ${branches}
      }`;
}

/** A claim's projection: by the load's selection parameter, or (specialised) written for one selection. */
const claimProjection = (select: ClaimSelection | null) => (c: string) =>
  select === null ? claimMap(c, 'p.select') : claimMapFor(c, select);

/** A page of claims of `e` per load `p`; `load` fixes the way, the total and the selection in the text. */
function claimPagesBody(load: ClaimPageLoad | null): string {
  const project = claimProjection(load?.select ?? null);
  const total =
    load === null || load.withTotal
      ? /* cypher */ `
    CALL (e, p) {
      ${load === null ? 'WITH e, p WHERE p.withTotal' : ''}
      ${claimsVia(load?.via ?? null)}
      WITH p, c WHERE ${claimFilter('c', 'p')}
      RETURN count(c) AS total
    }`
      : '\n    WITH p, matched, 0 AS total';
  return /* cypher */ `
    CALL (e, p) {
      ${claimsVia(load?.via ?? null)}
      WITH p, c WHERE ${claimFilter('c', 'p')} AND ${afterPosition('c', 'p')}
      WITH c ORDER BY c.levelRank, c.id LIMIT ${pageCap}
      RETURN collect(c) AS matched
    }${total}
    RETURN {page: [c IN matched[..p.limit] | ${project('c')}], total: total} AS value`;
}

const neighbours = family(
  'neighbourLoads',
  'neighbours',
  /* cypher */ `
    CALL (e, p) {
      WITH e, p WHERE p.direction IN ['OUT', 'BOTH'] MATCH (e)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(n:Entity) RETURN c, n
      UNION ALL
      WITH e, p WHERE p.direction IN ['IN', 'BOTH'] MATCH (e)<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(n:Entity) RETURN c, n
    }
    WITH e, p, c, n WHERE n <> e AND c.predicate IN p.predicates AND c.levelRank <= p.maxRank
      AND NOT c.status IN p.excluded
    WITH n, min(c.levelRank) AS best ORDER BY best, n.name, n.id
    RETURN collect(${entityRow('n')}) AS value`,
);

/** The conditions whose links a condition `e` shows: itself, and its narrower ones when `includeSubtypes`. */
function conditionsOf(includeSubtypes: boolean | null): string {
  const narrower = /* cypher */ `MATCH (e)((:Entity)<-[:OBJECT]-(s:Claim WHERE s.predicate = 'SUBTYPE_OF' AND NOT s.status IN ${cypherList(nonLinkStatuses)})-[:SUBJECT]->(:Entity)){1,6}(narrower:Entity)
        RETURN DISTINCT narrower AS condition`;
  if (includeSubtypes === false) return 'WITH e, p, e AS condition';
  return /* cypher */ `CALL (e, p) {
        RETURN e AS condition
        UNION
        WITH e, p ${includeSubtypes === null ? 'WHERE p.includeSubtypes' : ''}
        ${narrower}
      }`;
}

/** The TREATS claims at `e`'s side, binding `c`, the other end and the condition; for the generic text (side null), both sides. */
function treatmentClaims(side: Side | null, includeSubtypes: boolean | null): string {
  const branches: Record<Side, string> = {
    technique: /* cypher */ `MATCH (e)<-[:SUBJECT]-(c:Claim {predicate: 'TREATS'})-[:OBJECT]->(other:Entity)
      RETURN c, other, other AS condition`,
    condition: /* cypher */ `${conditionsOf(includeSubtypes)}
      MATCH (condition)<-[:OBJECT]-(c:Claim {predicate: 'TREATS'})-[:SUBJECT]->(other:Entity)
      RETURN c, other, condition`,
  };
  const body =
    side === null
      ? (['technique', 'condition'] as const)
          .map((name) => `WITH e, p WHERE p.side = '${name}'\n      ${branches[name]}`)
          .join('\n      UNION ALL\n      ')
      : `WITH e, p\n      ${branches[side]}`;
  return /* cypher */ `
    CALL (e, p) {
      ${body}
    }`;
}

/**
 * TREATS claims grouped by technique and condition. A link's strength is its strongest claim that
 * counts as evidence, NOT_GRADED when none does; links weaker than maxRank are left out. For a
 * condition with `includeSubtypes`, the narrower conditions (through SUBTYPE_OF claims that
 * establish a link, up to 6 levels down) bring their links too. Strongest links first, then by
 * the other end's name. `load` fixes the side, the subtypes and the selection in the text.
 */
function treatmentsBody(load: TreatmentLoad | null): string {
  const project = claimProjection(load?.select ?? null);
  const endOf = (x: string) =>
    load === null ? `CASE WHEN p.ends THEN ${entityRow(x)} ELSE ${x}.id END` : load.ends ? entityRow(x) : `${x}.id`;
  return /* cypher */ `${treatmentClaims(load?.side ?? null, load?.includeSubtypes ?? null)}
    WITH e, p, c, other, condition WHERE NOT c.status IN p.excluded
    WITH e, p, other, condition, c ORDER BY c.levelRank, c.id
    WITH e, p, other, condition, collect(c) AS claims,
         coalesce(min(CASE WHEN ${countsAsEvidence('c')} THEN c.levelRank END), ${evidenceLevels.length - 1}) AS best
    WHERE best <= p.maxRank
    WITH e, p, other, condition, claims, best ORDER BY best, other.name, other.id, condition.name, condition.id LIMIT ${pageCap}
    WITH p, collect({other: ${endOf('other')}, claims: [c IN claims | ${project('c')}], best: best,
                     condition: CASE WHEN condition = e THEN null ELSE ${endOf('condition')} END}) AS links
    RETURN links[..p.first] AS value`;
}

const claimPages = family('claimLoads', 'claimPages', claimPagesBody(null));
const treatments = family('treatmentLoads', 'treatments', treatmentsBody(null));

type Family = RelationLoad['relation'];
const families: Array<{ family: Family; text: string; column: string }> = [
  { family: 'claims', text: claimPages, column: 'claimPages' },
  { family: 'neighbours', text: neighbours, column: 'neighbours' },
  { family: 'treatments', text: treatments, column: 'treatments' },
];

/** The families a set of loads reads, in `families` order. */
function familiesOf(loads: GuardedLoad[]): Family[] {
  return families.map(({ family }) => family).filter((family) => loads.some(({ load }) => load.relation === family));
}

/**
 * The subqueries of the families read, and the row they return (a missing family's column is
 * empty); `texts` replaces a family's generic subquery (a specialised statement).
 */
function readFamilies(read: Family[], texts: Partial<Record<Family, string>> = {}): string {
  return `${families
    .filter(({ family }) => read.includes(family))
    .map(({ family, text }) => texts[family] ?? text)
    .join('')}
RETURN id, CASE WHEN $summary THEN ${summaryRow('e')} ELSE ${entityRow('e')} END AS entity, ${families
    .map(({ family, column }) => (read.includes(family) ? column : `[] AS ${column}`))
    .join(', ')}`;
}

/** Every set of families a statement can read, indexed by its bit mask (bit i: families[i]). */
export const relationStatementFamilies: Family[][] = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) =>
  families.filter((_, index) => mask & (1 << index)).map(({ family }) => family),
);

const maskOf = (read: Family[]) =>
  families.reduce((mask, { family }, index) => (read.includes(family) ? mask | (1 << index) : mask), 0);

/*
 * The texts are built once, here, not per request: eight per statement (a family is in or out),
 * whatever the fields and their arguments, so the planner's work stays bounded and a statement
 * carries only the subqueries it runs.
 */
const byIdStart = /* cypher */ `
UNWIND $ids AS id
${entityByIdOrRedirect}`;
const ofPageStart = /* cypher */ `
MATCH (e:Entity) WHERE ($kind IS NULL OR e.kind = $kind) AND e.id > $after
WITH e ORDER BY e.id LIMIT $limit
WITH e.id AS id, e`;
const byIdTexts = relationStatementFamilies.map((read) => `${byIdStart}\n${readFamilies(read)}`);
const ofPageTexts = relationStatementFamilies.map((read) => `${ofPageStart}\n${readFamilies(read)}`);

/** The loads a specialised statement can be written for: one claims or treatments load. */
export type SpecialisableLoad = ClaimPageLoad | TreatmentLoad;

/**
 * The relation statement for one load with its shape (the way or side, the subtypes, the total,
 * the selection) written into the text instead of chosen at run time: the same parameters and
 * rows as the generic statement, planned for that shape alone. relationShapes.ts decides which
 * shapes get one, so that their number stays bounded.
 */
export function specialisedStatement(target: 'byId' | 'page', load: SpecialisableLoad): string {
  const body = load.relation === 'claims' ? claimPagesBody(load) : treatmentsBody(load);
  const text = family(listOf[load.relation], columnOf[load.relation], body);
  return `${target === 'byId' ? byIdStart : ofPageStart}\n${readFamilies([load.relation], { [load.relation]: text })}`;
}

/** The relation statement over entities by id (following merges' redirects) for the families read; rows keep the id asked. */
export function relationsByIdStatement(read: Family[]): string {
  return byIdTexts[maskOf(read)]!;
}

/** The relation statement over one page of entities in id order, optionally of one kind, for the families read. */
export function relationsOfPageStatement(read: Family[]): string {
  return ofPageTexts[maskOf(read)]!;
}

/** What a specialised text fixes: everything but the values its parameters carry (limits, filters, positions). */
function shapeKey(target: 'byId' | 'page', load: SpecialisableLoad): string {
  const fixed =
    load.relation === 'claims'
      ? [load.via, load.withTotal, load.select]
      : [load.side, load.includeSubtypes, load.ends, load.select];
  return JSON.stringify([target, load.relation, ...fixed]);
}

/** The statement for these loads: the specialised one when its shape has earned one, else the generic. */
function statementFor(db: Database, target: 'byId' | 'page', loads: GuardedLoad[]): string {
  const generic = target === 'byId' ? relationsByIdStatement : relationsOfPageStatement;
  const [only] = loads;
  if (loads.length !== 1 || only!.load.relation === 'neighbours') return generic(familiesOf(loads));
  const load = only!.load;
  const specialised = specialisedText(db, shapeKey(target, load), () => ({
    text: specialisedStatement(target, load),
    warmUpParams: {
      ...(target === 'byId' ? { ids: [nothingMatches] } : { kind: nothingMatches, after: '', limit: int(1) }),
      summary: false,
      ...relationParams(loads),
    },
  }));
  return specialised ?? generic(familiesOf(loads));
}

/** An id and a kind no entity has: a statement run with them only gets planned. */
const nothingMatches = '__shape-warm-up__';

/** The parameters of each load: what its statement's list item holds. */
function loadParams(guarded: GuardedLoad, key: number): Record<string, unknown> {
  const { load, kinds } = guarded;
  const common = { key, kinds };
  switch (load.relation) {
    case 'claims':
      return {
        ...common,
        via: load.via,
        predicates: load.predicates,
        maxRank: load.maxRank,
        excluded: load.excluded,
        limit: int(load.first + 1),
        afterRank: load.after?.rank ?? null,
        afterId: load.after?.id ?? null,
        withTotal: load.withTotal,
        select: load.select,
      };
    case 'neighbours':
      return {
        ...common,
        direction: load.direction,
        predicates: load.predicates,
        maxRank: load.maxRank,
        excluded: load.excluded,
      };
    case 'treatments':
      return {
        ...common,
        side: load.side,
        maxRank: load.maxRank,
        excluded: load.excluded,
        includeSubtypes: load.includeSubtypes,
        ends: load.ends,
        first: int(load.first),
        select: load.select,
      };
  }
}

const listOf: Record<RelationLoad['relation'], 'claimLoads' | 'neighbourLoads' | 'treatmentLoads'> = {
  claims: 'claimLoads',
  neighbours: 'neighbourLoads',
  treatments: 'treatmentLoads',
};
const columnOf: Record<RelationLoad['relation'], 'claimPages' | 'neighbours' | 'treatments'> = {
  claims: 'claimPages',
  neighbours: 'neighbours',
  treatments: 'treatments',
};

/** The statement's lists for a set of loads; load i is item `key: i` of its relation's list. */
export function relationParams(loads: GuardedLoad[]): Record<string, unknown[]> {
  const params: Record<string, unknown[]> = { claimLoads: [], neighbourLoads: [], treatmentLoads: [] };
  loads.forEach((guarded, index) => params[listOf[guarded.load.relation]]!.push(loadParams(guarded, index)));
  return params;
}

/** Decodes one load's value as the statement returned it about the entity `entityId`. */
function readValue(load: RelationLoad, value: unknown, entityId: string): unknown {
  switch (load.relation) {
    case 'claims': {
      const { page, total } = value as { page: unknown[]; total: number };
      const items = page.map((row) => toStoredClaim(row, load.select));
      return {
        items: items.slice(0, load.first),
        total: load.withTotal ? total : -1,
        hasNextPage: items.length > load.first,
        hasPreviousPage: load.after !== null,
      };
    }
    case 'neighbours':
      return (value as unknown[]).map(toStoredEntity);
    case 'treatments':
      return readLinks(load, value as TreatmentLinkRow[], entityId);
  }
}

type TreatmentLinkRow = { other: unknown; claims: unknown[]; best: number; condition: unknown };

// A link's end comes whole (an entityRow) when the query reads the links' ends, else as its id.
const linkEnd = (value: unknown) => (typeof value === 'string' ? value : toStoredEntity(value));
const idOf = (end: string | StoredEntity) => (typeof end === 'string' ? end : end.id);
const whole = (end: string | StoredEntity | null) => (end === null || typeof end === 'string' ? null : end);

/** Decodes a treatments load's links about the entity `entityId`. */
function readLinks(load: TreatmentLoad, links: TreatmentLinkRow[], entityId: string): TreatmentLinkRecord[] {
  return links.map((link) => {
    const other = linkEnd(link.other);
    const narrower = link.condition ? linkEnd(link.condition) : null;
    const [technique, condition] =
      load.side === 'technique' ? [entityId, idOf(other)] : [idOf(other), narrower ? idOf(narrower) : entityId];
    return {
      technique,
      condition,
      narrower: whole(narrower),
      claims: link.claims.map((claim) => ({
        ...toStoredClaim(claim, load.select),
        subject: technique,
        object: condition,
      })),
      strongestEvidence: evidenceLevels[link.best]!,
      other: whole(other),
    };
  });
}

/** An entity with what the loads read about it; `values[i]` is undefined where a kinds guard skipped load i. */
export interface EntityWithRelations {
  /** The id the entity was asked by (a merged-away id for an entity reached through its redirect). */
  askedId: string;
  entity: StoredEntity;
  values: unknown[];
}

/** A load's value when nothing matched (the statement returns no item for it then). */
export function emptyValue(load: RelationLoad): unknown {
  return load.relation === 'claims'
    ? { items: [], total: 0, hasNextPage: false, hasPreviousPage: load.after !== null }
    : [];
}

/** Decodes one row of a relation statement (generic or specialised) for these loads. */
export function readRelationRow(row: Record<string, unknown>, loads: GuardedLoad[]): EntityWithRelations {
  const entity = toStoredEntity(row.entity);
  const values = loads.map(({ load, kinds }) =>
    kinds === null || kinds.includes(entity.kind) ? emptyValue(load) : undefined,
  );
  for (const relation of ['claims', 'neighbours', 'treatments'] as const) {
    for (const item of row[columnOf[relation]] as Array<{ key: number; value: unknown }>) {
      values[item.key] = readValue(loads[item.key]!.load, item.value, entity.id);
    }
  }
  return { askedId: row.id as string, entity, values };
}

/**
 * The loads about each of these entities (ids or ids merged away), in one statement; with
 * `summary`, the entities come as summaries (id, kind, name), marked partial.
 */
export async function relationsOf(
  db: Database,
  ids: readonly string[],
  loads: GuardedLoad[],
  summary = false,
): Promise<EntityWithRelations[]> {
  const rows = await db.read(statementFor(db, 'byId', loads), { ids, summary, ...relationParams(loads) });
  return rows.map((row) => readRelationRow(row, loads));
}

export interface EntityPageRequest {
  kind: EntityKind | null;
  first: number;
  /** The last id of the previous page. */
  after: string | null;
}

/** A page of entities in id order and the loads about each, in one statement (`summary` as relationsOf). */
export async function relationsOfPage(
  db: Database,
  page: EntityPageRequest,
  loads: GuardedLoad[],
  summary = false,
): Promise<{ items: EntityWithRelations[]; hasNextPage: boolean }> {
  const rows = await db.read(statementFor(db, 'page', loads), {
    summary,
    kind: page.kind,
    after: page.after ?? '',
    limit: int(page.first + 1),
    ...relationParams(loads),
  });
  // Cypher does not promise that rows keep their order through the CALL subqueries.
  const items = rows.map((row) => readRelationRow(row, loads)).sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
  return { items: items.slice(0, page.first), hasNextPage: items.length > page.first };
}
