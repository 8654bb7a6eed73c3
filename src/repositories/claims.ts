import type { Database } from '../db/database';
import { int } from '../db/params';
import { evidenceLevels, type ClaimStatus, type Predicate } from '../domain';
import type { EntityPart, PartNames } from './entityParts';
import { claimProjection, entityProjection, toStoredClaim, type ClaimSelection, type Embeds } from './projections';
import type { Page, StoredClaim, StoredEntity, TreatmentLinkRecord } from './records';

/** Keyset position in the claim order (strongest evidence first, then id). */
export interface ClaimPosition {
  rank: number;
  id: string;
}

/** How claims hang off the entity: as subject, object, either end, cited source or evidence study. */
export type ClaimVia = 'SUBJECT' | 'OBJECT' | 'ANY' | 'CITES' | 'EVIDENCE_FROM';

const viaPatterns: Record<ClaimVia, string> = {
  SUBJECT: '(c:Claim)-[:SUBJECT]->(e)',
  OBJECT: '(c:Claim)-[:OBJECT]->(e)',
  ANY: '(c:Claim)-[:SUBJECT|OBJECT]->(e)',
  CITES: '(c:Claim)-[:CITES]->(e)',
  EVIDENCE_FROM: '(c:Claim)-[:EVIDENCE_FROM]->(e)',
};

export interface ClaimListOptions {
  predicates: Predicate[] | null;
  maxRank: number;
  includeRetracted: boolean;
  first: number;
  after: ClaimPosition | null;
  /** Count all matching claims (costly on busy entities; only when totalCount is asked for). */
  withTotal: boolean;
  embed: Embeds;
  /** Only these claim fields are read; null reads them all. */
  select: ClaimSelection | null;
}

const claimFilters = /* cypher */ `($predicates IS NULL OR c.predicate IN $predicates)
  AND c.levelRank <= $maxRank AND ($includeRetracted OR c.status <> 'RETRACTED')`;
const afterPosition = /* cypher */ `($afterRank IS NULL OR c.levelRank > $afterRank OR (c.levelRank = $afterRank AND c.id > $afterId))`;

function listParams(options: ClaimListOptions) {
  return {
    predicates: options.predicates,
    maxRank: options.maxRank,
    includeRetracted: options.includeRetracted,
    withTotal: options.withTotal,
    limit: int(options.first + 1),
    afterRank: options.after?.rank ?? null,
    afterId: options.after?.id ?? null,
  };
}

function toPage(row: Record<string, unknown>, first: number): Page<StoredClaim> {
  const page = (row.page as unknown[]).map(toStoredClaim);
  return { items: page.slice(0, first), total: (row.total as number | null) ?? -1, hasNextPage: page.length > first };
}

/** Renames the shared filters' parameters for a part. */
function withNames(cypher: string, names: PartNames): string {
  return cypher.replace(/\$([A-Za-z]+)/g, (_match, name: string) => names.param(name));
}

/**
 * One page of the claims hanging off each entity `via` one relation, and their total when asked
 * (distinct: a claim joining the entity to itself matches both of its ends).
 */
export function claimPagePart(via: ClaimVia, options: ClaimListOptions): EntityPart<Page<StoredClaim>> {
  const pattern = viaPatterns[via];
  return {
    params: listParams(options),
    body: (names) =>
      withNames(
        /* cypher */ `
        CALL (e) {
          MATCH ${pattern} WHERE ${claimFilters} AND ${afterPosition}
          WITH DISTINCT c ORDER BY c.levelRank, c.id LIMIT $limit
          RETURN collect(${claimProjection('c', options.embed, options.select)}) AS page
        }
        RETURN {page: page, total: CASE WHEN $withTotal THEN COUNT { MATCH ${pattern} WHERE ${claimFilters} RETURN DISTINCT c } ELSE null END} AS ${names.column}`,
        names,
      ),
    read: (value) => toPage(value as Record<string, unknown>, options.first),
  };
}

export interface ClaimFilterValues {
  subject: string | null;
  object: string | null;
  source: string | null;
  predicate: Predicate | null;
  status: ClaimStatus | null;
}

/**
 * Claims matching a filter. The match starts from the most selective condition given (an
 * entity, then the predicate or status indexes); the rest are checked on each claim.
 */
export async function listClaims(
  db: Database,
  filter: ClaimFilterValues,
  options: ClaimListOptions,
): Promise<Page<StoredClaim>> {
  const start = filter.subject
    ? '(:Entity {id: $subject})<-[:SUBJECT]-(c:Claim)'
    : filter.object
      ? '(:Entity {id: $object})<-[:OBJECT]-(c:Claim)'
      : filter.source
        ? '(:Entity {id: $source})<-[:CITES]-(c:Claim)'
        : filter.predicate
          ? '(c:Claim {predicate: $predicate})'
          : filter.status
            ? '(c:Claim {status: $status})'
            : '(c:Claim)';
  const where = /* cypher */ `${claimFilters}
    AND ($subject IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subject}) })
    AND ($object IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $object}) })
    AND ($source IS NULL OR EXISTS { (c)-[:CITES]->(:Entity {id: $source}) })
    AND ($predicate IS NULL OR c.predicate = $predicate)
    AND ($status IS NULL OR c.status = $status)`;
  const [row] = await db.read(
    /* cypher */ `
    CALL () {
      MATCH ${start} WHERE ${where} AND ${afterPosition}
      WITH DISTINCT c ORDER BY c.levelRank, c.id LIMIT $limit
      RETURN collect(${claimProjection('c', options.embed, options.select)}) AS page
    }
    CALL () {
      WITH 1 AS ignored WHERE $withTotal
      MATCH ${start} WHERE ${where}
      RETURN count(DISTINCT c) AS total
    }
    RETURN total, page`,
    { ...filter, ...listParams(options) },
  );
  return toPage(row!, options.first);
}

export async function claimsByIds(db: Database, ids: readonly string[]): Promise<Map<string, StoredClaim>> {
  const rows = await db.read(
    /* cypher */ `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN id, ${claimProjection('c')} AS claim`,
    { ids },
  );
  return new Map(rows.map((row) => [row.id as string, toStoredClaim(row.claim)]));
}

export interface TreatmentLinkOptions {
  /** Which end of TREATS the given entities stand at. */
  side: 'technique' | 'condition';
  maxRank: number;
  includeRetracted: boolean;
  first: number;
  embed: Embeds;
  /** Only these claim fields are read; null reads them all. */
  select: ClaimSelection | null;
}

/**
 * Each technique's (or condition's) TREATS claims grouped by the other end. A link's strength is
 * its strongest claim that is neither RETRACTED nor UNSUPPORTED; links without one are left out,
 * as are links weaker than maxRank. Strongest links first, then by name. Each link carries the
 * other end whole, for the entity loader.
 */
export function treatmentLinksPart(options: TreatmentLinkOptions): EntityPart<TreatmentLinkRecord[]> {
  const [mine, theirs] = options.side === 'technique' ? ['SUBJECT', 'OBJECT'] : ['OBJECT', 'SUBJECT'];
  // Each claim's far end is the link's other entity, read once per link rather than per claim.
  const embed = { ...options.embed, [options.side === 'technique' ? 'object' : 'subject']: false };
  return {
    params: { maxRank: options.maxRank, includeRetracted: options.includeRetracted, first: int(options.first) },
    body: (names) =>
      withNames(
        /* cypher */ `
        MATCH (e)<-[:${mine}]-(c:Claim {predicate: 'TREATS'})-[:${theirs}]->(other:Entity)
        WHERE $includeRetracted OR c.status <> 'RETRACTED'
        WITH other, c ORDER BY c.levelRank, c.id
        WITH other, collect(${claimProjection('c', embed, options.select)}) AS claims,
             min(CASE WHEN c.status IN ['RETRACTED', 'UNSUPPORTED'] THEN null ELSE c.levelRank END) AS best
        WHERE best IS NOT NULL AND best <= $maxRank
        WITH other, claims, best ORDER BY best, other.name, other.id LIMIT $first
        RETURN collect({other: ${entityProjection('other')}, claims: claims, best: best}) AS ${names.column}`,
        names,
      ),
    read: (value, id) =>
      (value as Array<{ other: StoredEntity; claims: unknown[]; best: number }>).map((link) => ({
        technique: options.side === 'technique' ? id : link.other.id,
        condition: options.side === 'technique' ? link.other.id : id,
        claims: link.claims.map((claim) => {
          const stored = toStoredClaim(claim);
          return options.side === 'technique'
            ? { ...stored, subject: id, object: link.other.id }
            : { ...stored, subject: link.other.id, object: id };
        }),
        strongestEvidence: evidenceLevels[link.best]!,
        other: link.other,
      })),
  };
}
