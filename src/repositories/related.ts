import type { Database } from '../db/database';
import { int } from '../db/params';
import type { EntityKind } from '../domain';
import { establishesLink } from './cypher';
import { entityMap } from './projections';
import type { StoredEntity } from './records';

export interface RelatedRecord {
  entity: StoredEntity;
  score: number;
  via: StoredEntity[];
}

/** Shared neighbours with more claims than this are skipped: they join everything to everything. */
export const maxSharedNeighbourDegree = 2_000;
const viaShown = 5;

/**
 * Entities related to `id` through shared neighbours, by Adamic–Adar weighted by evidence:
 *
 *   score(x, y) = Σ over shared neighbours z of  w(x,z) · w(z,y) / ln(1 + deg z)   [+ w(x,y) if x and y are joined directly]
 *
 * where w(a,b) is the weight of the strongest claim joining a and b, (8 − rank) / 8 with rank 0
 * for SYSTEMATIC_REVIEW … 7 for ANECDOTAL, and deg z counts z's claims. RETRACTED and
 * UNSUPPORTED claims join nothing. Direct neighbours are related even with no shared neighbour
 * (their `via` is then empty). `via` lists the shared neighbours contributing most. Scores are
 * rounded to 6 places; ties break by name, then id. docs/explore.md explains the choice.
 */
export interface RelatedRequest {
  id: string;
  kinds: EntityKind[] | null;
  first: number;
}

export async function relatedEntities(db: Database, { id, kinds, first }: RelatedRequest): Promise<RelatedRecord[]> {
  if (first === 0) return [];
  const rows = await db.read(
    /* cypher */ `
    MATCH (x:Entity {id: $id})
    CALL (x) {
      MATCH (x)<-[:SUBJECT|OBJECT]-(c1:Claim)-[:SUBJECT|OBJECT]->(z:Entity)
      WHERE ${establishesLink('c1')}
      WITH x, z, max((8 - c1.levelRank) / 8.0) AS wxz
      WITH x, z, wxz, COUNT { (z)<-[:SUBJECT|OBJECT]-() } AS degree
      WHERE degree <= $maxDegree
      MATCH (z)<-[:SUBJECT|OBJECT]-(c2:Claim)-[:SUBJECT|OBJECT]->(y:Entity)
      WHERE y <> x AND ${establishesLink('c2')} AND ($kinds IS NULL OR y.kind IN $kinds)
      WITH y, z, wxz, degree, max((8 - c2.levelRank) / 8.0) AS wzy
      RETURN y, collect({z: z, part: wxz * wzy / log(1 + degree)}) AS parts
      UNION
      // Direct neighbours count even without a shared one (a spoke's only neighbour is its hub).
      MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y:Entity)
      WHERE ${establishesLink('c')} AND ($kinds IS NULL OR y.kind IN $kinds)
      RETURN DISTINCT y, [] AS parts
    }
    WITH x, y, reduce(all = [], list IN collect(parts) | all + list) AS parts
    CALL (x, y) {
      OPTIONAL MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y)
      WHERE ${establishesLink('c')}
      RETURN coalesce(max((8 - c.levelRank) / 8.0), 0.0) AS direct
    }
    WITH y, round(reduce(total = direct, p IN parts | total + p.part), 6) AS score, parts
    ORDER BY score DESC, y.name, y.id
    LIMIT $first
    CALL (parts) {
      UNWIND parts AS p
      WITH p.z AS z, p.part AS part ORDER BY part DESC, z.name, z.id LIMIT $viaShown
      RETURN collect(${entityMap('z')}) AS via
    }
    RETURN ${entityMap('y')} AS entity, score, via`,
    { id, kinds, first: int(first), maxDegree: int(maxSharedNeighbourDegree), viaShown: int(viaShown) },
  );
  return rows as unknown as RelatedRecord[];
}
