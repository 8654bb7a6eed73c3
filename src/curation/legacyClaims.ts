import type { Principal } from '../auth/roles';
import type { Database } from '../db/database';
import { applyMigrations } from '../db/migrations';
import { claimKindOf, notGradedRank, predicates } from '../domain';
import { claimHistoryFields } from '../domain/records';
import { claimForWrite, lockNodes } from '../repositories/curation';
import { applyAndRecord, now } from './writes';

/*
 * Data written before claim kinds existed, brought up to the model (docs/model.md, "Claim
 * kinds"): every claim gets its kind, and a claim that is not about an effect loses the grade it
 * was given, with a change event saying so, so the regrade is in its history like any write.
 */

/** The actor recorded for writes the service makes to upgrade stored data. */
const migrationActor: Principal = { subject: 'migration', roles: ['admin'], authenticated: true };
const batchSize = 500;

async function setMissingKinds(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.write(
      /* cypher */ `
      MATCH (c:Claim) WHERE c.kind IS NULL
      WITH c LIMIT ${batchSize}
      SET c.kind = $kinds[c.predicate]
      RETURN count(c) AS done`,
      { kinds: Object.fromEntries(predicates.map((predicate) => [predicate, claimKindOf(predicate)])) },
    );
    if ((row!.done as number) === 0) return;
  }
}

/**
 * Claims of another kind than EFFECT that still carry a grade become NOT_GRADED (certainty
 * cleared), each under its write lock and re-read after it, so a curator's concurrent write is
 * neither lost nor undone.
 */
async function ungradeNonEffectClaims(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = (
      await db.read(
        /* cypher */ `
        MATCH (c:Claim) WHERE c.kind <> 'EFFECT' AND c.levelRank < $notGraded
        RETURN c.id AS id ORDER BY id LIMIT ${batchSize}`,
        { notGraded: notGradedRank },
      )
    ).map((row) => row.id as string);
    if (ids.length === 0) return total;
    total += await db.writeTransaction(async (tx) => {
      await lockNodes(tx, 'Claim', ids);
      const at = now();
      const writes = [];
      for (const id of ids) {
        const before = await claimForWrite(tx, id);
        if (!before || claimKindOf(before.predicate) === 'EFFECT' || before.level === 'NOT_GRADED') continue;
        const after = { ...before, level: 'NOT_GRADED' as const, certainty: null };
        writes.push({
          id,
          before: claimHistoryFields(before),
          after: claimHistoryFields(after),
          props: { level: after.level, levelRank: notGradedRank, certainty: null },
          action: 'regrade',
          note: `a ${claimKindOf(before.predicate)} claim is not about an effect, so it carries no evidence grade`,
        });
      }
      await applyAndRecord(tx, 'Claim', migrationActor, at, writes);
      return writes.length;
    });
  }
}

/** Schema migrations, then the data upgrades above; idempotent, run at every start and before imports. */
export async function upgradeStore(db: Database): Promise<void> {
  await applyMigrations(db);
  await setMissingKinds(db);
  await ungradeNonEffectClaims(db);
}
