import type { Database } from '../db/database';
import { int } from '../db/params';
import type { EntityKind } from '../domain';
import type { ClaimEntry, EntityEntry, RedirectEntry } from '../ingest/graphFile';

const pageSize = 5_000;

/** A node's properties as read back; the graph file schema checks them again on import. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes are checked by the file schema on the way back in
type StoredRecord = Record<string, any>;

function withoutNulls<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Every entity in id order, in the graph file format, read page by page. */
export async function* exportEntities(db: Database): AsyncGenerator<EntityEntry> {
  let after = '';
  for (;;) {
    const rows = await db.read(
      /* cypher */ `
      MATCH (e:Entity) WHERE e.id > $after
      RETURN e {.id, .kind, .name, .aliases, .description, .sourceType, .tier, .authors, .journal, .year,
                .citation, .pmid, .doi, .url, .publisher, .participants, .design} AS e
      ORDER BY e.id LIMIT $pageSize`,
      { after, pageSize: int(pageSize) },
    );
    for (const { e } of rows as Array<{ e: StoredRecord }>) {
      const source = withoutNulls({
        type: e.sourceType,
        tier: e.tier,
        authors: e.authors,
        journal: e.journal,
        year: e.year,
        citation: e.citation,
        pmid: e.pmid,
        doi: e.doi,
        url: e.url,
        publisher: e.publisher,
      });
      const study = withoutNulls({ participants: e.participants, design: e.design });
      yield withoutNulls({
        id: e.id,
        kind: e.kind as EntityKind,
        name: e.name,
        aliases: e.aliases ?? [],
        description: e.description,
        source: e.kind === 'SOURCE' ? source : undefined,
        study: e.kind === 'STUDY' && Object.keys(study).length > 0 ? study : undefined,
      }) as EntityEntry;
    }
    if (rows.length < pageSize) return;
    after = (rows.at(-1)!.e as { id: string }).id;
  }
}

/** Every claim in id order with its citations in their original order. */
export async function* exportClaims(db: Database): AsyncGenerator<ClaimEntry> {
  let after = '';
  for (;;) {
    const rows = await db.read(
      /* cypher */ `
      MATCH (c:Claim) WHERE c.id > $after
      WITH c ORDER BY c.id LIMIT $pageSize
      MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
      OPTIONAL MATCH (c)-[:EVIDENCE_FROM]->(study:Entity)
      CALL (c) {
        MATCH (c)-[cite:CITES]->(source:Entity)
        WITH cite, source ORDER BY cite.position
        RETURN collect({source: source.id, locator: cite.locator}) AS citations
      }
      RETURN c {.id, .predicate, .statement, .qualifiers, .level, .certainty, .status, .statusNote,
                subject: s.id, object: o.id, study: study.id, citations: citations} AS c
      ORDER BY c.id`,
      { after, pageSize: int(pageSize) },
    );
    for (const { c } of rows as Array<{ c: StoredRecord }>) {
      yield withoutNulls({
        id: c.id,
        subject: c.subject,
        predicate: c.predicate,
        object: c.object,
        statement: c.statement,
        qualifiers: c.qualifiers ?? [],
        evidence: withoutNulls({ level: c.level, certainty: c.certainty, study: c.study }),
        status: c.status,
        statusNote: c.statusNote,
        citations: c.citations,
      }) as ClaimEntry;
    }
    if (rows.length < pageSize) return;
    after = (rows.at(-1)!.c as { id: string }).id;
  }
}

export async function exportRedirects(db: Database): Promise<RedirectEntry[]> {
  const rows = await db.read(
    /* cypher */ `MATCH (r:Redirect)-[:REDIRECTS_TO]->(e:Entity) RETURN r.id AS from, e.id AS to ORDER BY r.id`,
  );
  return rows as unknown as RedirectEntry[];
}
