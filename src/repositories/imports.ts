import type { Database, Tx } from '../db/database';

/** Imports not heard from for this long are taken as dead and their partial writes removed. */
export const abandonedAfterMs = 5 * 60_000;

export async function beginImport(db: Database, importId: string, actor: string, source: string): Promise<void> {
  await db.write(
    /* cypher */ `CREATE (:Import {id: $importId, actor: $actor, source: $source, status: 'running',
                   startedAt: toString(datetime()), heartbeatAt: datetime()})`,
    { importId, actor, source },
  );
}

/** Marks the import alive; called after each committed batch. */
export async function importHeartbeat(tx: Tx, importId: string): Promise<void> {
  await tx.run(/* cypher */ `MATCH (i:Import {id: $importId}) SET i.heartbeatAt = datetime()`, { importId });
}

export async function finishImport(
  db: Database,
  importId: string,
  status: 'done' | 'failed',
  summary: string,
): Promise<void> {
  await db.write(
    /* cypher */ `MATCH (i:Import {id: $importId}) SET i.status = $status, i.summary = $summary, i.finishedAt = toString(datetime())`,
    { importId, status, summary },
  );
}

const taggedLabels = ['Claim', 'ChangeEvent', 'Redirect', 'Entity'] as const;

/**
 * Deletes everything an import wrote (nodes tagged with its id, and their relationships), in
 * batches so a large import never needs one huge transaction. Claims go before entities.
 */
export async function removeImportedNodes(db: Database, importId: string): Promise<number> {
  let removed = 0;
  for (const label of taggedLabels) {
    for (;;) {
      // The label comes from the constant list above, never from input; a literal label lets
      // the planner use the label's importId index.
      const [row] = await db.write(
        /* cypher */ `MATCH (n:${label} {importId: $importId}) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS removed`,
        { importId },
      );
      removed += row!.removed as number;
      if ((row!.removed as number) === 0) break;
    }
  }
  return removed;
}

/** Ids of imports still marked running whose last heartbeat is older than abandonedAfterMs. */
export async function abandonedImports(db: Database): Promise<string[]> {
  const rows = await db.read(
    /* cypher */ `MATCH (i:Import {status: 'running'}) WHERE i.heartbeatAt < datetime() - duration({milliseconds: $ms}) RETURN i.id AS id`,
    { ms: abandonedAfterMs },
  );
  return rows.map((row) => row.id as string);
}
