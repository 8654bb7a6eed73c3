import type { Database } from '../db/database';
import { int } from '../db/params';
import { parseXref, type EntityKind } from '../domain';
import { luceneQuery, searchKey, searchTokens } from '../domain/searchText';
import { entityIdByXref, entitiesByIds } from './entities';
import { entityRow, toStoredEntity } from './projections';
import type { StoredEntity } from './records';

export interface SearchHitRecord {
  entity: StoredEntity;
  score: number;
}

/**
 * Entities whose names or aliases match `text`, best first. Score is in [0, 1]: 1 for an exact
 * name or alias (compared as searchKey), else the full-text score relative to the best hit,
 * scaled below 1. Ties go to the entity with more claims (the better-known topic), then by name
 * and id.
 */
export interface SearchRequest {
  text: string;
  kinds: EntityKind[] | null;
  first: number;
}

/** The entity a CURIE in the search box names (`MESH:D002349`, prefix in any case), as a hit scoring 1. */
async function identifierHit(db: Database, { text, kinds }: SearchRequest): Promise<SearchHitRecord | null> {
  const xref = parseXref(text.trim());
  if (typeof xref === 'string') return null;
  const id = await entityIdByXref(db, xref.curie);
  const entity = id === null ? undefined : (await entitiesByIds(db, [id])).get(id);
  if (!entity || (kinds !== null && !kinds.includes(entity.kind))) return null;
  return { entity, score: 1 };
}

export async function searchEntities(db: Database, request: SearchRequest): Promise<SearchHitRecord[]> {
  if (request.first === 0) return [];
  const [named, byText] = await Promise.all([identifierHit(db, request), searchText(db, request)]);
  if (!named) return byText;
  return [named, ...byText.filter((hit) => hit.entity.id !== named.entity.id)].slice(0, request.first);
}

async function searchText(db: Database, { text, kinds, first }: SearchRequest): Promise<SearchHitRecord[]> {
  const query = luceneQuery(searchTokens(text), kinds);
  if (query === null || first === 0) return [];
  const rows = await db.read(
    /* cypher */ `
    CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
    WITH collect({node: node, score: score}) AS hits
    WITH hits, reduce(best = 0.0, hit IN hits | CASE WHEN hit.score > best THEN hit.score ELSE best END) AS best
    UNWIND hits AS hit
    WITH hit.node AS e, CASE WHEN $key IN hit.node.searchKeys THEN 1.0 ELSE 0.99 * hit.score / best END AS score
    WITH e, round(score, 6) AS score, COUNT { (e)<-[:SUBJECT|OBJECT]-() } AS claims
    RETURN ${entityRow('e')} AS entity, score
    ORDER BY score DESC, claims DESC, e.name, e.id
    LIMIT $first`,
    { query, key: searchKey(text), candidates: int(first * 3 + 50), first: int(first) },
  );
  return rows.map((row) => ({ entity: toStoredEntity(row.entity), score: row.score as number }));
}
