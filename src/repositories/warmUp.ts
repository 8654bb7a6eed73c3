import type { Database, Tx } from '../db/database';
import { ConcurrentChange, isDatabaseUnavailable } from '../db/errors';
import { excludedStatuses } from '../domain';
import type { ClaimRecord } from '../domain/records';
import { claimsByIds, listClaims } from './claims';
import {
  applyWrites,
  claimForWrite,
  claimIdByKey,
  entityForWrite,
  lockNodes,
  mergeClaimByKey,
  replaceClaimLinks,
  resolveEntities,
} from './curation';
import { countEntities, entitiesByIds } from './entities';
import { historyOf, recordEvents } from './history';
import { neighborhood } from './neighborhood';
import { shortestPaths } from './paths';
import { fullClaimSelection } from './projections';
import { relatedEntities } from './related';
import { relationStatementFamilies, relationsOf, relationsOfPage, type GuardedLoad } from './relations';
import { searchEntities } from './search';

/*
 * A cold Neo4j plans and compiles each statement text the first time it sees it, a few hundred
 * milliseconds each on two cores, and a curator's first write runs half a dozen of them in a row:
 * after a restart it took 2.4 s where a warm one takes 0.05 s. This runs every hot statement once,
 * all at once, so the planning happens in parallel and before clients wait on it: at start-up
 * before /health/ready answers 200, and after the embedded Neo4j restarts. It calls the
 * repositories' own functions (so the texts are exactly theirs) with ids that match nothing;
 * writes run in transactions that are rolled back.
 */

const none = '__warm-up__';

class RolledBack extends Error {}

/** Runs `work` in a write transaction and rolls it back. */
async function rolledBack(db: Database, work: (tx: Tx) => Promise<unknown>): Promise<void> {
  try {
    await db.writeTransaction(async (tx) => {
      await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

const nothing = { predicates: null, maxRank: 8, excluded: excludedStatuses({}) };
const claim: ClaimRecord = {
  id: none,
  key: none,
  subject: none,
  predicate: 'TREATS',
  object: none,
  statement: none,
  qualifiers: [],
  level: 'ANECDOTAL',
  levelRank: 7,
  certainty: null,
  study: null,
  status: 'ASSERTED',
  statusNote: null,
  measure: null,
  timepoint: null,
  reports: [],
  citations: [{ source: none, locator: '"whole"' }],
};
const creation = { at: new Date(0).toISOString(), actor: none, changes: '[]' };

/** One load of each family, so every text of the relation statements gets planned. */
const familyLoads: Record<GuardedLoad['load']['relation'], GuardedLoad> = {
  claims: {
    kinds: null,
    load: {
      relation: 'claims',
      via: 'ANY',
      ...nothing,
      first: 1,
      after: null,
      withTotal: true,
      select: fullClaimSelection,
    },
  },
  neighbours: { kinds: null, load: { relation: 'neighbours', direction: 'BOTH', ...nothing, predicates: ['TREATS'] } },
  treatments: {
    kinds: null,
    load: {
      relation: 'treatments',
      side: 'condition',
      ...nothing,
      includeSubtypes: true,
      first: 1,
      ends: true,
      select: fullClaimSelection,
    },
  },
};

/** The reads and writes a request can run, each once; resolves when all have been planned. */
export async function warmUp(db: Database): Promise<void> {
  const reads: Array<Promise<unknown>> = [
    ...relationStatementFamilies.flatMap((read) => {
      const loads = read.map((family) => familyLoads[family]);
      return [relationsOf(db, [none], loads), relationsOfPage(db, { kind: null, first: 1, after: null }, loads)];
    }),
    entitiesByIds(db, [none]),
    countEntities(db, null),
    claimsByIds(db, [none]),
    ...(['subject', 'object', 'source', 'predicate', 'kind', 'status', 'all'] as const).map((start) =>
      listClaims(
        db,
        {
          subject: start === 'subject' ? none : null,
          object: start === 'object' ? none : null,
          source: start === 'source' ? none : null,
          predicate: start === 'predicate' ? 'TREATS' : null,
          status: start === 'status' ? 'ASSERTED' : null,
          kind: start === 'kind' ? 'EFFECT' : null,
        },
        {
          maxRank: 8,
          excluded: excludedStatuses({}),
          first: 1,
          after: null,
          withTotal: true,
          select: fullClaimSelection,
        },
      ),
    ),
    ...(['Entity', 'Claim'] as const).map((label) => historyOf(db, [none], label, 20)),
    searchEntities(db, { text: 'warm', kinds: null, first: 10 }),
    relatedEntities(db, { id: none, kinds: null, first: 10, excluded: excludedStatuses({}) }),
    ...([1, 2] as const).map((depth) => neighborhood(db, none, { depth, limit: 100, ...nothing })),
    shortestPaths(db, none, `${none}2`, { maxLength: 4, first: 3, excluded: excludedStatuses({}) }),
  ];
  const writes = [
    (tx: Tx) => lockNodes(tx, 'Entity', [none]),
    (tx: Tx) => lockNodes(tx, 'Claim', [none]),
    (tx: Tx) => entityForWrite(tx, none),
    (tx: Tx) => claimForWrite(tx, none),
    (tx: Tx) => resolveEntities(tx, [none]),
    // Its ends match nothing, which a real write takes for a concurrent merge and runs again:
    // here the plan is all that was wanted, so no second run.
    (tx: Tx) =>
      mergeClaimByKey(tx, claim, creation).catch((error: unknown) => {
        if (!(error instanceof ConcurrentChange)) throw error;
      }),
    (tx: Tx) => applyWrites(tx, 'Entity', [{ id: none, props: {} }], creation.at),
    (tx: Tx) => applyWrites(tx, 'Claim', [{ id: none, props: {} }], creation.at),
    (tx: Tx) =>
      recordEvents(tx, 'Entity', none, creation.at, [{ target: none, version: 1, action: 'update', changes: [] }]),
    (tx: Tx) =>
      recordEvents(tx, 'Claim', none, creation.at, [{ target: none, version: 1, action: 'update', changes: [] }]),
    (tx: Tx) => replaceClaimLinks(tx, none, null, claim.citations),
    (tx: Tx) => claimIdByKey(tx, none),
  ].map((work) => rolledBack(db, work));
  // What a statement answers for ids that match nothing does not matter here (some functions
  // expect a row); that it was planned does. Only an unreachable database fails the warm-up.
  const planned = (run: Promise<unknown>) =>
    run.catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) throw error;
    });
  await Promise.all([...reads, ...writes].map(planned));
}
