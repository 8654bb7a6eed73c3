import type { Database } from '../db/database';
import { int } from '../db/params';
import type { ClaimKind, ClaimStatus, Predicate } from '../domain';
import { afterPosition, claimFilter } from './cypher';
import { claimMap, fullClaimSelection, toStoredClaim } from './projections';
import type { Page, StoredClaim } from './records';
import type { ClaimPageLoad } from './relations';

export interface ClaimFilterValues {
  subject: string | null;
  object: string | null;
  source: string | null;
  predicate: Predicate | null;
  status: ClaimStatus | null;
  kind: ClaimKind | null;
}

/** The options every claim list takes (relations.ts's claim pages take predicates and a `via` too). */
export type ClaimListOptions = Pick<ClaimPageLoad, 'maxRank' | 'excluded' | 'first' | 'after' | 'withTotal' | 'select'>;

/** Where the match starts, most selective condition first: an entity, then the predicate, kind or status indexes. */
const starts = {
  subject: '(:Entity {id: $subject})<-[:SUBJECT]-(c:Claim)',
  object: '(:Entity {id: $object})<-[:OBJECT]-(c:Claim)',
  source: '(:Entity {id: $source})<-[:CITES]-(c:Claim)',
  predicate: '(c:Claim {predicate: $predicate})',
  kind: '(c:Claim {kind: $kind})',
  status: '(c:Claim {status: $status})',
  all: '(c:Claim)',
} as const;

const filterWhere = /* cypher */ `${claimFilter('c', '$f')}
    AND ($subject IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subject}) })
    AND ($object IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $object}) })
    AND ($source IS NULL OR EXISTS { (c)-[:CITES]->(:Entity {id: $source}) })
    AND ($predicate IS NULL OR c.predicate = $predicate)
    AND ($status IS NULL OR c.status = $status)
    AND ($kind IS NULL OR c.kind = $kind)`;

/** One statement text per start: seven in all. */
const listStatement = (start: string) => /* cypher */ `
    CALL () {
      MATCH ${start} WHERE ${filterWhere} AND ${afterPosition('c', '$f')}
      WITH DISTINCT c ORDER BY c.levelRank, c.id LIMIT $limit
      RETURN collect(${claimMap('c', '$select')}) AS page
    }
    CALL () {
      WITH 1 AS ignored WHERE $withTotal
      MATCH ${start} WHERE ${filterWhere}
      RETURN count(DISTINCT c) AS total
    }
    RETURN total, page`;

function startOf(filter: ClaimFilterValues): keyof typeof starts {
  if (filter.subject) return 'subject';
  if (filter.object) return 'object';
  if (filter.source) return 'source';
  if (filter.predicate) return 'predicate';
  if (filter.kind) return 'kind';
  return filter.status ? 'status' : 'all';
}

/** Claims matching a filter, in claim order (strongest evidence first, then id). */
export async function listClaims(
  db: Database,
  filter: ClaimFilterValues,
  options: ClaimListOptions,
): Promise<Page<StoredClaim>> {
  const [row] = await db.read(listStatement(starts[startOf(filter)]), {
    ...filter,
    f: {
      predicates: null,
      maxRank: options.maxRank,
      excluded: options.excluded,
      afterRank: options.after?.rank ?? null,
      afterId: options.after?.id ?? null,
    },
    withTotal: options.withTotal,
    limit: int(options.first + 1),
    select: options.select,
  });
  const page = (row!.page as unknown[]).map((claim) => toStoredClaim(claim, options.select));
  return {
    items: page.slice(0, options.first),
    total: options.withTotal ? (row!.total as number) : -1,
    hasNextPage: page.length > options.first,
    hasPreviousPage: options.after !== null,
  };
}

/** Whole claims by id, for the claim loader; missing ids are absent from the map. */
export async function claimsByIds(db: Database, ids: readonly string[]): Promise<Map<string, StoredClaim>> {
  const rows = await db.read(
    /* cypher */ `UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN id, ${claimMap('c', '$select')} AS claim`,
    { ids, select: fullClaimSelection },
  );
  return new Map(rows.map((row) => [row.id as string, toStoredClaim(row.claim, fullClaimSelection)]));
}
