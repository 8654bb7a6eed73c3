import type { Database } from '../db/database';
import { predicateMisfit } from '../domain';
import { historyProblems, replayHistory } from '../domain/history';
import { claimHistoryFields, entityHistoryFields } from '../domain/records';
import { toClaimRecord, toEntityRecord } from '../ingest/graphFile';
import { exportClaims, exportEntities, exportRedirects } from './export';

/** One broken rule: which node, and what is wrong with it. */
export interface Violation {
  rule: string;
  id: string;
  problem: string;
}

export interface InvariantReport {
  entities: number;
  claims: number;
  redirects: number;
  violations: Violation[];
}

/**
 * Structural rules, each a statement that returns the offending nodes (at most 100 each): every
 * claim has one subject, one object, at least one citation and at most one evidence study;
 * every redirect resolves to an entity and no id is both a redirect and an entity; no two
 * entities share an exact identifier; every change event belongs to exactly one node; ids are unique.
 */
const structural: Array<{ rule: string; cypher: string }> = [
  {
    rule: 'claim ends',
    cypher: /* cypher */ `MATCH (c:Claim)
      WITH c, COUNT { (c)-[:SUBJECT]->(:Entity) } AS s, COUNT { (c)-[:OBJECT]->(:Entity) } AS o,
           COUNT { (c)-[:CITES]->(:Entity) } AS cites, COUNT { (c)-[:EVIDENCE_FROM]->() } AS studies
      WHERE s <> 1 OR o <> 1 OR cites = 0 OR studies > 1
      RETURN c.id AS id, s + ' subjects, ' + o + ' objects, ' + cites + ' citations, ' + studies + ' studies' AS problem LIMIT 100`,
  },
  {
    rule: 'redirects resolve',
    cypher: /* cypher */ `MATCH (r:Redirect) WHERE COUNT { (r)-[:REDIRECTS_TO]->(:Entity) } <> 1
      RETURN r.id AS id, 'resolves to ' + COUNT { (r)-[:REDIRECTS_TO]->(:Entity) } + ' entities' AS problem LIMIT 100`,
  },
  {
    rule: 'ids unique',
    cypher: /* cypher */ `MATCH (r:Redirect), (e:Entity {id: r.id}) RETURN r.id AS id, 'is both a redirect and an entity' AS problem LIMIT 100`,
  },
  {
    rule: 'identifiers unique',
    cypher: /* cypher */ `MATCH (e:Entity) WHERE e.xrefs IS NOT NULL
      UNWIND e.xrefs AS curie
      WITH toLower(split(curie, ':')[0]) + ':' + substring(curie, size(split(curie, ':')[0]) + 1) AS key, collect(e.id) AS ids
      WHERE size(ids) > 1
      RETURN ids[1] AS id, key + ' also identifies ' + ids[0] AS problem LIMIT 100`,
  },
  {
    rule: 'no orphan event',
    cypher: /* cypher */ `MATCH (h:ChangeEvent) WHERE COUNT { (h)-[:CHANGED]->() } <> 1
      RETURN coalesce(h.target, h.id) AS id, 'belongs to ' + COUNT { (h)-[:CHANGED]->() } + ' nodes' AS problem LIMIT 100`,
  },
];

/**
 * Checks the graph's invariants: the structural rules above, then every entity's, claim's and
 * redirect's history (a sound chain that replays to the node's stored state and ends at its
 * version), every claim's predicate against its ends' kinds (unless retracted), and every keyed
 * claim's key against its identity. Reads the whole graph page by page; meant for operators
 * (`npm run invariants`) and for the tests after every concurrency test.
 */
export async function checkInvariants(db: Database): Promise<InvariantReport> {
  const violations: Violation[] = [];
  for (const { rule, cypher } of structural) {
    for (const row of await db.read(cypher))
      violations.push({ rule, id: row.id as string, problem: row.problem as string });
  }
  const kinds = new Map<string, string>();
  let entities = 0;
  for await (const { entry, version } of exportEntities(db)) {
    entities += 1;
    kinds.set(entry.id, entry.kind);
    const record = toEntityRecord(entry);
    for (const problem of historyProblems(
      entry.history ?? [],
      { id: record.id, ...entityHistoryFields(record) },
      version,
    )) {
      violations.push({ rule: 'history replays', id: entry.id, problem });
    }
  }
  let claims = 0;
  const broken = (found: Array<{ id: string; problem: string }>) => found.forEach(({ id }) => (claims += id ? 1 : 0));
  for await (const { entry, version, key } of exportClaims(db, broken)) {
    claims += 1;
    const record = toClaimRecord(entry);
    if (key && key !== record.key)
      violations.push({
        rule: 'claim identity',
        id: record.id,
        problem: `key ${key} is not its identity ${record.key}`,
      });
    for (const problem of historyProblems(entry.history ?? [], claimHistoryFields(record), version)) {
      violations.push({ rule: 'history replays', id: record.id, problem });
    }
    const [subjectKind, objectKind] = [kinds.get(record.subject), kinds.get(record.object)];
    const misfit =
      subjectKind && objectKind ? predicateMisfit(record.predicate, subjectKind as never, objectKind as never) : null;
    if (misfit && record.status !== 'RETRACTED')
      violations.push({ rule: 'predicate fits', id: record.id, problem: misfit });
  }
  const redirects = await exportRedirects(db);
  for (const { entry } of redirects) {
    for (const problem of replayHistory(entry.history ?? []).problems)
      violations.push({ rule: 'history replays', id: entry.from, problem });
  }
  return { entities, claims, redirects: redirects.length, violations };
}
