import type { Database } from '../src/db/database';
import { int } from '../src/db/params';
import type { Targets } from './queries';
import { syntheticPrefix } from './synthetic';

/**
 * Where the benchmark's queries start: entities whose degree is nearest the synthetic graph's
 * median degree (ties by id), so that every size is measured from comparable entities.
 */
export async function pickTargets(db: Database): Promise<Targets & { medianDegree: number; startDegree: number }> {
  const [median] = await db.read(
    /* cypher */ `
    MATCH (e:Entity) WHERE e.id STARTS WITH $prefix
    WITH COUNT { (e)<-[:SUBJECT|OBJECT]-() } AS degree ORDER BY degree
    WITH collect(degree) AS degrees
    RETURN degrees[size(degrees) / 2] AS degree`,
    { prefix: syntheticPrefix },
  );
  const medianDegree = median!.degree as number;
  const [technique] = await db.read(
    /* cypher */ `
    MATCH (t:Entity {kind: 'TECHNIQUE'}) WHERE t.id STARTS WITH $prefix AND EXISTS { (t)<-[:SUBJECT]-(:Claim {predicate: 'TREATS'}) }
    WITH t, COUNT { (t)<-[:SUBJECT|OBJECT]-() } AS degree
    RETURN t.id AS id, t.aliases[0] AS alias, degree ORDER BY abs(degree - $median), t.id LIMIT 1`,
    { prefix: syntheticPrefix, median: medianDegree },
  );
  const candidates = await db.read(
    /* cypher */ `
    MATCH (c:Entity {kind: 'CONDITION'}) WHERE c.id STARTS WITH $prefix
    WITH c, COUNT { (c)<-[:SUBJECT|OBJECT]-() } AS degree WHERE degree > 0
    RETURN c.id AS id ORDER BY abs(degree - $median), c.id LIMIT $limit`,
    { prefix: syntheticPrefix, median: medianDegree, limit: int(50) },
  );
  let pathTo = candidates[0]!.id as string;
  for (const candidate of candidates) {
    const [found] = await db.read(
      /* cypher */ `
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      RETURN EXISTS { MATCH p = SHORTEST 1 (a)((:Entity)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUBJECT|OBJECT]->(:Entity)){2,4}(b) } AS reachable`,
      { from: technique!.id, to: candidate.id },
    );
    if (found!.reachable) {
      pathTo = candidate.id as string;
      break;
    }
  }
  const alias = technique!.alias as string;
  return {
    technique: technique!.id as string,
    // Search-as-you-type: the alias with its last character still to come.
    searchText: alias.length > 5 ? alias.slice(0, -1) : alias,
    neighborhoodRoot: technique!.id as string,
    pathFrom: technique!.id as string,
    pathTo,
    medianDegree,
    startDegree: technique!.degree as number,
  };
}
