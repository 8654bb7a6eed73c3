import type { Database } from '../db/database';
import { int } from '../db/params';
import type { ClaimStatus, EntityKind } from '../domain';
import { countsAsEvidence } from './cypher';
import { claimMap, entityRow, fullClaimSelection, toStoredClaim, toStoredEntity } from './projections';
import type { StoredClaim, StoredEntity } from './records';

export interface RelatedRecord {
  entity: StoredEntity;
  score: number;
  via: StoredEntity[];
  /** The claims joining the two directly, strongest first. */
  claims: StoredClaim[];
}

/** Shared neighbours with more claims than this are skipped: they join everything to everything. */
export const maxSharedNeighbourDegree = 2_000;
const viaShown = 5;
const claimsShown = 5;

/**
 * The weight a claim gives the link it makes: (8 − rank) / 8 for a claim that counts as evidence
 * (1 for SYSTEMATIC_REVIEW down to 1/8 for ANECDOTAL), and 1/16 for any other claim that is read
 * (NOT_GRADED ones, and with includeUnsupported the OVERSTATED and UNSUPPORTED ones): a link,
 * but never worth as much as the weakest evidence. No claim (an OPTIONAL MATCH that found none)
 * weighs nothing.
 */
const weight = (c: string) =>
  `CASE WHEN ${c} IS NULL THEN null WHEN ${countsAsEvidence(c)} THEN (8 - ${c}.levelRank) / 8.0 ELSE 0.0625 END`;

/**
 * Entities related to `id` through shared neighbours, by Adamic–Adar weighted by evidence:
 *
 *   score(x, y) = Σ over shared neighbours z of  √(w(x,z) · w(z,y)) / ln(1 + deg z)   [+ w(x,y) if x and y are joined directly]
 *
 * where w(a,b) is the weight of the heaviest claim joining a and b (`weight` above) and deg z
 * counts z's claims. The geometric mean keeps a two-step path on the scale of one claim: two
 * anecdotes through a shared neighbour weigh like one anecdote before the hub discount, rather
 * than an eighth of one. RETRACTED claims join nothing, nor do UNSUPPORTED and OVERSTATED ones
 * unless `includeUnsupported`. Direct neighbours are related even with no shared neighbour
 * (their `via` is then empty). `via` lists the shared neighbours contributing most, `claims` the
 * direct claims. Scores are rounded to 6 places; ties break by name, then id. docs/explore.md
 * explains the choice.
 */
export interface RelatedRequest {
  id: string;
  kinds: EntityKind[] | null;
  first: number;
  excluded: ClaimStatus[];
}

export async function relatedEntities(
  db: Database,
  { id, kinds, first, excluded }: RelatedRequest,
): Promise<RelatedRecord[]> {
  if (first === 0) return [];
  const rows = await db.read(
    /* cypher */ `
    MATCH (x:Entity {id: $id})
    CALL (x) {
      MATCH (x)<-[:SUBJECT|OBJECT]-(c1:Claim)-[:SUBJECT|OBJECT]->(z:Entity)
      WHERE NOT c1.status IN $excluded
      WITH x, z, max(${weight('c1')}) AS wxz
      WITH x, z, wxz, COUNT { (z)<-[:SUBJECT|OBJECT]-() } AS degree
      WHERE degree <= $maxDegree
      MATCH (z)<-[:SUBJECT|OBJECT]-(c2:Claim)-[:SUBJECT|OBJECT]->(y:Entity)
      WHERE y <> x AND NOT c2.status IN $excluded AND ($kinds IS NULL OR y.kind IN $kinds)
      WITH y, z, wxz, degree, max(${weight('c2')}) AS wzy
      RETURN y, collect({z: z, part: sqrt(wxz * wzy) / log(1 + degree)}) AS parts
      UNION
      // Direct neighbours count even without a shared one (a spoke's only neighbour is its hub).
      MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y:Entity)
      WHERE NOT c.status IN $excluded AND ($kinds IS NULL OR y.kind IN $kinds)
      RETURN DISTINCT y, [] AS parts
    }
    WITH x, y, reduce(all = [], list IN collect(parts) | all + list) AS parts
    CALL (x, y) {
      OPTIONAL MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y)
      WHERE NOT c.status IN $excluded
      WITH c ORDER BY c.levelRank, c.id
      RETURN coalesce(max(${weight('c')}), 0.0) AS direct, collect(c)[..$claimsShown] AS direct_claims
    }
    WITH y, round(reduce(total = direct, p IN parts | total + p.part), 6) AS score, parts, direct_claims
    ORDER BY score DESC, y.name, y.id
    LIMIT $first
    CALL (parts) {
      UNWIND parts AS p
      WITH p.z AS z, p.part AS part ORDER BY part DESC, z.name, z.id LIMIT $viaShown
      RETURN collect(${entityRow('z')}) AS via
    }
    RETURN ${entityRow('y')} AS entity, score, via, [c IN direct_claims | ${claimMap('c', '$select')}] AS claims`,
    {
      id,
      kinds,
      excluded,
      first: int(first),
      maxDegree: int(maxSharedNeighbourDegree),
      viaShown: int(viaShown),
      claimsShown: int(claimsShown),
      select: fullClaimSelection,
    },
  );
  return rows.map((row) => ({
    entity: toStoredEntity(row.entity),
    score: row.score as number,
    via: (row.via as unknown[]).map(toStoredEntity),
    claims: (row.claims as unknown[]).map((claim) => toStoredClaim(claim, fullClaimSelection)),
  }));
}
