import type { Database } from '../db/database';
import { int } from '../db/params';
import type { HistoryEvent } from '../domain/history';
import { nestedDetails } from '../domain/records';
import type { ClaimEntry, EntityEntry, RedirectEntry } from '../ingest/graphFile';
import { historyOf, type HistoryLabel } from './history';
import type { StoredEntity } from './records';

const pageSize = 5_000;
/** More events than any node has: a backup carries every one. */
const everyEvent = 1_000_000;

/** Thrown when the graph holds something the export cannot write faithfully: the backup would be wrong. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

function withoutNulls<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Each node's whole history, oldest first (the creation is version 1); nodes without one are absent. */
async function histories(db: Database, ids: string[], label: HistoryLabel): Promise<Map<string, HistoryEvent[]>> {
  const found = await historyOf(db, ids, label, everyEvent);
  return new Map(
    [...found]
      .filter(([, events]) => events.length > 0)
      .map(([id, events]) => [id, events.map(({ target: _target, ...event }) => event).reverse()]),
  );
}

/** Reads a label's nodes page by page in id order; `read` gets the rows of one page. */
async function* pages<Row extends { id: string }>(read: (after: string) => Promise<Row[]>): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await read(after);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}

/** An exported node: its graph file entry, and the version the graph holds it at. */
export interface Exported<Entry> {
  entry: Entry;
  version: number;
  /** A claim's identity key as stored (null: it gave its identity up). */
  key?: string | null;
}

/** Every entity in id order, in the graph file format, history included. */
export async function* exportEntities(db: Database): AsyncGenerator<Exported<EntityEntry>> {
  const read = async (after: string) =>
    (
      await db.read(
        /* cypher */ `
        MATCH (e:Entity) WHERE e.id > $after
        RETURN e {.id, .kind, .name, .aliases, .description, .version, .xrefs, .closeXrefs, .sourceType, .tier,
                  .authors, .journal, .year, .citation, .pmid, .doi, .url, .publisher, .participants, .design,
                  .designLevel} AS e
        ORDER BY e.id LIMIT $pageSize`,
        { after, pageSize: int(pageSize) },
      )
    ).map((row) => row.e as Omit<StoredEntity, 'createdAt' | 'updatedAt' | 'partial'>);
  for await (const rows of pages(read)) {
    const history = await histories(
      db,
      rows.map((row) => row.id),
      'Entity',
    );
    for (const e of rows) {
      const entry = withoutNulls({
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.aliases ?? [],
        description: e.description,
        xrefs: e.xrefs?.length ? e.xrefs : undefined,
        closeXrefs: e.closeXrefs?.length ? e.closeXrefs : undefined,
        ...nestedDetails(e),
        history: history.get(e.id),
      }) as EntityEntry;
      yield { entry, version: e.version };
    }
  }
}

interface ExportedClaim {
  id: string;
  key: string | null;
  version: number;
  predicate: string;
  statement: string;
  qualifiers: string[] | null;
  level: string;
  certainty: string | null;
  status: string;
  statusNote: string | null;
  subjects: string[];
  objects: string[];
  study: string | null;
  measure: string | null;
  timepoint: string | null;
  citations: Array<{ source: string; locator: string; role: 'DISPUTES' | null }>;
  reports: string[];
}

/** A claim that cannot be written as a graph file entry, and why. */
export interface BrokenClaim {
  id: string;
  problem: string;
}

function brokenClaims(rows: ExportedClaim[]): BrokenClaim[] {
  return rows
    .filter((c) => c.subjects.length !== 1 || c.objects.length !== 1 || c.citations.length === 0)
    .map((c) => ({
      id: c.id,
      problem: `${c.subjects.length} subjects, ${c.objects.length} objects, ${c.citations.length} citations`,
    }));
}

/**
 * Every claim in id order with its citations in their original order and its history. A claim
 * without exactly one subject, one object and a citation cannot be written as a graph file
 * entry: the export fails, naming it, rather than leave it out of the backup (or, for the
 * invariant check, hands it to `onBroken` and goes on).
 */
export async function* exportClaims(
  db: Database,
  onBroken?: (broken: BrokenClaim[]) => void,
): AsyncGenerator<Exported<ClaimEntry>> {
  const read = async (after: string) =>
    (
      await db.read(
        /* cypher */ `
        MATCH (c:Claim) WHERE c.id > $after
        WITH c ORDER BY c.id LIMIT $pageSize
        CALL (c) {
          MATCH (c)-[cite:CITES]->(source:Entity)
          WITH cite, source ORDER BY cite.position
          RETURN collect({source: source.id, locator: cite.locator, role: cite.role}) AS citations
        }
        RETURN c {.id, .key, .version, .predicate, .statement, .qualifiers, .level, .certainty, .status, .statusNote,
                  .measure, .timepoint,
                  subjects: [(c)-[:SUBJECT]->(s) | s.id], objects: [(c)-[:OBJECT]->(o) | o.id],
                  study: [(c)-[:EVIDENCE_FROM]->(st) | st.id][0], citations: citations,
                  reports: [(c)-[:REPORTS]->(r) | r.id]} AS c
        ORDER BY c.id`,
        { after, pageSize: int(pageSize) },
      )
    ).map((row) => row.c as ExportedClaim);
  for await (const rows of pages(read)) {
    const broken = brokenClaims(rows);
    if (broken.length > 0) {
      if (!onBroken) {
        const names = broken.map((c) => `${c.id} (${c.problem})`);
        throw new ExportError(
          `cannot export ${broken.length} broken claim(s): ${names.slice(0, 5).join(', ')}; run the invariant check (npm run invariants)`,
        );
      }
      onBroken(broken);
    }
    const history = await histories(
      db,
      rows.map((row) => row.id),
      'Claim',
    );
    const skipped = new Set(broken.map((c) => c.id));
    for (const c of rows) {
      if (skipped.has(c.id)) continue;
      const entry = withoutNulls({
        id: c.id,
        subject: c.subjects[0],
        predicate: c.predicate,
        object: c.objects[0],
        statement: c.statement,
        qualifiers: c.qualifiers ?? [],
        evidence: withoutNulls({ level: c.level, certainty: c.certainty, study: c.study }),
        status: c.status,
        statusNote: c.statusNote,
        measure: c.measure,
        timepoint: c.timepoint,
        // Key order as history records citations, so a restored history replays to the same JSON.
        citations: c.citations.map(({ source, locator, role }) => ({ source, locator, ...(role ? { role } : {}) })),
        reports: c.reports.length > 0 ? [...c.reports].sort() : undefined,
        retiredIdentity: c.key === null ? true : undefined,
        history: history.get(c.id),
      }) as ClaimEntry;
      yield { entry, version: c.version, key: c.key };
    }
  }
}

/** Every redirect with the merged entity's history. */
export async function exportRedirects(db: Database): Promise<Array<Exported<RedirectEntry>>> {
  const rows = await db.read(
    /* cypher */ `MATCH (r:Redirect)-[:REDIRECTS_TO]->(e:Entity) RETURN r.id AS from, e.id AS to, r.version AS version ORDER BY r.id`,
  );
  const history = await histories(
    db,
    rows.map((row) => row.from as string),
    'Redirect',
  );
  return rows.map((row) => ({
    entry: withoutNulls({ from: row.from as string, to: row.to as string, history: history.get(row.from as string) }),
    version: (row.version as number | null) ?? 0,
  }));
}
