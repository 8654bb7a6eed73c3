import neo4j from 'neo4j-driver';
import type { Database } from '../src/db/database';
import type { ClaimRecord } from '../src/domain/records';

/**
 * The live import's baseline: the same claims, with their subject, object and citation
 * relationships, written by a bare `UNWIND … CREATE` in batches of the same size and at the same
 * concurrency as the import, into the same database, with nothing else (no validation, no
 * identities or creation records, no indexed label). The nodes are labelled `BareClaim` and
 * deleted afterwards. Claims per second, for the ratio the benchmark reports.
 */
export async function bareUnwindClaimsPerSecond(
  db: Database,
  claims: ClaimRecord[],
  options: { batchSize: number; concurrency: number },
): Promise<number> {
  const rows = claims.map((claim) => ({
    id: claim.id,
    subject: claim.subject,
    object: claim.object,
    predicate: claim.predicate,
    statement: claim.statement,
    level: claim.level,
    citations: claim.citations.map((citation) => citation.source),
  }));
  const batches: (typeof rows)[] = [];
  for (let start = 0; start < rows.length; start += options.batchSize)
    batches.push(rows.slice(start, start + options.batchSize));
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      await db.writeTransaction((tx) =>
        tx.run(
          /* cypher */ `
          UNWIND $rows AS row
          MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
          CREATE (c:BareClaim {id: row.id, predicate: row.predicate, statement: row.statement, level: row.level})
          CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
          WITH c, row UNWIND row.citations AS cited
          MATCH (source:Entity {id: cited})
          CREATE (c)-[:CITES]->(source)`,
          { rows: batch },
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const perSecond = Math.round(rows.length / ((Date.now() - started) / 1000));
  for (;;) {
    const [row] = await db.write('MATCH (c:BareClaim) WITH c LIMIT $size DETACH DELETE c RETURN count(*) AS removed', {
      size: neo4j.int(options.batchSize),
    });
    if ((row!.removed as number) === 0) break;
  }
  return perSecond;
}
