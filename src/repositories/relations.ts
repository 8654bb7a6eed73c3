import type { Database } from '../db/database';
import { int } from '../db/params';
import { evidenceLevels, nonLinkStatuses, type ClaimStatus, type EntityKind, type Predicate } from '../domain';
import { afterPosition, claimFilter, countsAsEvidence, cypherList, entityByIdOrRedirect } from './cypher';
import { claimMap, entityRow, summaryRow, toStoredClaim, toStoredEntity, type ClaimSelection } from './projections';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './records';

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

/**
 * One branch per way claims hang off `e`, only the one `p.via` names taken: UNION ALL, since the
 * branches never meet (only one runs), which spares a Distinct over every claim. Within 'ANY'
 * a claim may come twice: a merge retracts a claim that came to join an entity to itself, and
 * keeps it, so that branch alone is DISTINCT.
 */
const claimsVia = /* cypher */ `
      CALL (e, p) {
        WITH e, p WHERE p.via = 'SUBJECT' MATCH (c)-[:SUBJECT]->(e) RETURN c
        UNION ALL
        WITH e, p WHERE p.via = 'OBJECT' MATCH (c)-[:OBJECT]->(e) RETURN c
        UNION ALL
        WITH e, p WHERE p.via = 'ANY' MATCH (c)-[:SUBJECT|OBJECT]->(e) RETURN DISTINCT c
        UNION ALL
        WITH e, p WHERE p.via = 'CITES' MATCH (c)-[:CITES]->(e) RETURN c
        UNION ALL
        WITH e, p WHERE p.via = 'FINDINGS' ${findingsOf} RETURN c
      }`;

const claimPages = family(
  'claimLoads',
  'claimPages',
  /* cypher */ `
    CALL (e, p) {
      ${claimsVia}
      WITH p, c WHERE ${claimFilter('c', 'p')} AND ${afterPosition('c', 'p')}
      WITH c ORDER BY c.levelRank, c.id LIMIT ${pageCap}
      RETURN collect(c) AS matched
    }
    CALL (e, p) {
      WITH e, p WHERE p.withTotal
      ${claimsVia}
      WITH p, c WHERE ${claimFilter('c', 'p')}
      RETURN count(c) AS total
    }
    RETURN {page: [c IN matched[..p.limit] | ${claimMap('c', 'p.select')}], total: total} AS value`,
);

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

/**
 * TREATS claims grouped by technique and condition. A link's strength is its strongest claim that
 * counts as evidence, NOT_GRADED when none does; links weaker than maxRank are left out. For a
 * condition with `includeSubtypes`, the narrower conditions (through SUBTYPE_OF claims that
 * establish a link, up to 6 levels down) bring their links too. Strongest links first, then by
 * the other end's name.
 */
const treatments = family(
  'treatmentLoads',
  'treatments',
  /* cypher */ `
    CALL (e, p) {
      WITH e, p WHERE p.side = 'technique'
      MATCH (e)<-[:SUBJECT]-(c:Claim {predicate: 'TREATS'})-[:OBJECT]->(other:Entity)
      RETURN c, other, other AS condition
      UNION ALL
      WITH e, p WHERE p.side = 'condition'
      CALL (e, p) {
        RETURN e AS condition
        UNION
        WITH e, p WHERE p.includeSubtypes
        MATCH (e)((:Entity)<-[:OBJECT]-(s:Claim WHERE s.predicate = 'SUBTYPE_OF' AND NOT s.status IN ${cypherList(nonLinkStatuses)})-[:SUBJECT]->(:Entity)){1,6}(narrower:Entity)
        RETURN DISTINCT narrower AS condition
      }
      MATCH (condition)<-[:OBJECT]-(c:Claim {predicate: 'TREATS'})-[:SUBJECT]->(other:Entity)
      RETURN c, other, condition
    }
    WITH e, p, c, other, condition WHERE NOT c.status IN p.excluded
    WITH e, p, other, condition, c ORDER BY c.levelRank, c.id
    WITH e, p, other, condition, collect(c) AS claims,
         coalesce(min(CASE WHEN ${countsAsEvidence('c')} THEN c.levelRank END), ${evidenceLevels.length - 1}) AS best
    WHERE best <= p.maxRank
    WITH e, p, other, condition, claims, best ORDER BY best, other.name, other.id, condition.name, condition.id LIMIT ${pageCap}
    WITH p, collect({other: ${entityRow('other')}, claims: [c IN claims | ${claimMap('c', 'p.select')}], best: best,
                     condition: CASE WHEN condition = e THEN null ELSE ${entityRow('condition')} END}) AS links
    RETURN links[..p.first] AS value`,
);

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

/** The subqueries of the families read, and the row they return (a missing family's column is empty). */
function readFamilies(read: Family[]): string {
  return `${families
    .filter(({ family }) => read.includes(family))
    .map(({ text }) => text)
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
const byIdTexts = relationStatementFamilies.map(
  (read) => /* cypher */ `
UNWIND $ids AS id
${entityByIdOrRedirect}
${readFamilies(read)}`,
);
const ofPageTexts = relationStatementFamilies.map(
  (read) => /* cypher */ `
MATCH (e:Entity) WHERE ($kind IS NULL OR e.kind = $kind) AND e.id > $after
WITH e ORDER BY e.id LIMIT $limit
WITH e.id AS id, e
${readFamilies(read)}`,
);

/** The relation statement over entities by id (following merges' redirects) for the families read; rows keep the id asked. */
export function relationsByIdStatement(read: Family[]): string {
  return byIdTexts[maskOf(read)]!;
}

/** The relation statement over one page of entities in id order, optionally of one kind, for the families read. */
export function relationsOfPageStatement(read: Family[]): string {
  return ofPageTexts[maskOf(read)]!;
}

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
      type Link = { other: unknown; claims: unknown[]; best: number; condition: unknown };
      return (value as Link[]).map((link) => {
        const other = toStoredEntity(link.other);
        const narrower = link.condition ? toStoredEntity(link.condition) : null;
        const [technique, condition] =
          load.side === 'technique' ? [entityId, other.id] : [other.id, narrower?.id ?? entityId];
        return {
          technique,
          condition,
          narrower,
          claims: link.claims.map((claim) => ({
            ...toStoredClaim(claim, load.select),
            subject: technique,
            object: condition,
          })),
          strongestEvidence: evidenceLevels[link.best]!,
          other,
        };
      });
  }
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

function readRow(row: Record<string, unknown>, loads: GuardedLoad[]): EntityWithRelations {
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
  const rows = await db.read(relationsByIdStatement(familiesOf(loads)), { ids, summary, ...relationParams(loads) });
  return rows.map((row) => readRow(row, loads));
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
  const rows = await db.read(relationsOfPageStatement(familiesOf(loads)), {
    summary,
    kind: page.kind,
    after: page.after ?? '',
    limit: int(page.first + 1),
    ...relationParams(loads),
  });
  // Cypher does not promise that rows keep their order through the CALL subqueries.
  const items = rows.map((row) => readRow(row, loads)).sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
  return { items: items.slice(0, page.first), hasNextPage: items.length > page.first };
}
