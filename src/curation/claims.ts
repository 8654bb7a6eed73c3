import { randomBytes } from 'node:crypto';
import type { Principal } from '../auth/roles';
import type { Database, Tx } from '../db/database';
import { claimKey, evidenceRank, type ClaimStatus } from '../domain';
import { claimReferenceProblems, referencedIds, type ClaimReferences } from '../domain/claimRules';
import { badUserInput, notFound } from '../errors';
import type { ClaimRecord } from '../domain/records';
import { encodeChanges, fieldChanges } from '../domain/changes';
import {
  claimForUpdate,
  claimIdByKey,
  mergeClaimByKey,
  replaceClaimLinks,
  resolveEntities,
  setClaimProperties,
} from '../repositories/curation';
import { recordChanges } from '../repositories/history';
import type { WholeClaim } from '../repositories/records';
import type { ClaimInput, ClaimPatch } from './inputs';

/** A fresh claim id; curated claims' ids are random (seed claims' derive from their key). */
function newClaimId(): string {
  return `c-${randomBytes(8).toString('hex')}`;
}

/**
 * Resolves the claim's ids (following merges) and checks the domain's reference rules against
 * the graph, inside the writing transaction. Throws BAD_USER_INPUT naming `argument.<field>`.
 */
async function checkedReferences<T extends ClaimReferences>(tx: Tx, claim: T, argument: string): Promise<T> {
  const found = await resolveEntities(tx, referencedIds(claim));
  const current = (id: string) => found.get(id)?.id ?? id;
  const resolved = {
    ...claim,
    subject: current(claim.subject),
    object: current(claim.object),
    study: claim.study ? current(claim.study) : claim.study,
    citations: claim.citations.map((citation) => ({ ...citation, source: current(citation.source) })),
  };
  const kinds = new Map([...found.values()].map((entity) => [entity.id, entity.kind]));
  const [problem] = claimReferenceProblems(resolved, (id) => kinds.get(id));
  if (problem) throw badUserInput(`${argument}.${problem.field}`, problem.message);
  return resolved;
}

/** What history records of a claim: its own fields and links, as the API shows them. */
function describedClaim(
  claim: Pick<
    WholeClaim,
    'statement' | 'qualifiers' | 'level' | 'certainty' | 'study' | 'status' | 'statusNote' | 'citations'
  >,
) {
  return {
    statement: claim.statement,
    qualifiers: claim.qualifiers,
    level: claim.level,
    certainty: claim.certainty,
    study: claim.study,
    status: claim.status,
    statusNote: claim.statusNote,
    citations: claim.citations,
  };
}

async function existingClaim(tx: Tx, id: string) {
  const claim = await claimForUpdate(tx, id);
  if (!claim) throw notFound('id', id, 'claim');
  return claim;
}

/**
 * Adds a claim, or returns the existing claim with the same identity (subject, predicate,
 * object, first citation's source) unchanged. Concurrent identical asserts end with one claim.
 */
export async function assertClaim(db: Database, input: ClaimInput, principal: Principal): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const at = new Date().toISOString();
    const claim = await checkedReferences(tx, { ...input, study: input.evidence.study ?? null }, 'input');
    const key = claimKey({
      subject: claim.subject,
      predicate: claim.predicate,
      object: claim.object,
      source: claim.citations[0]!.source,
    });
    const record: ClaimRecord = {
      id: newClaimId(),
      key,
      subject: claim.subject,
      predicate: claim.predicate,
      object: claim.object,
      statement: claim.statement,
      qualifiers: claim.qualifiers,
      level: claim.evidence.level,
      levelRank: evidenceRank(claim.evidence.level),
      certainty: claim.evidence.certainty ?? null,
      study: claim.study,
      status: claim.status,
      statusNote: claim.statusNote ?? null,
      citations: claim.citations,
    };
    const changes = fieldChanges(null, {
      subject: record.subject,
      predicate: record.predicate,
      object: record.object,
      ...describedClaim(record),
    });
    const { id } = await mergeClaimByKey(tx, record, { at, actor: principal.subject, changes: encodeChanges(changes) });
    return id;
  });
}

/**
 * Changes a claim's statement, qualifiers, evidence or citations. New citations may change the
 * claim's identity; if another claim already has that identity the update is refused.
 */
export async function updateClaim(
  db: Database,
  id: string,
  patch: ClaimPatch,
  note: string,
  principal: Principal,
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const at = new Date().toISOString();
    const before = await existingClaim(tx, id);
    const evidence = patch.evidence ?? undefined;
    const proposed = {
      subject: before.subject,
      predicate: before.predicate,
      object: before.object,
      study: evidence ? (evidence.study ?? null) : before.study,
      citations: patch.citations ?? before.citations,
    };
    const checked = await checkedReferences(tx, proposed, 'patch');
    const after = {
      ...before,
      statement: patch.statement ?? before.statement,
      qualifiers: patch.qualifiers ?? before.qualifiers,
      level: evidence?.level ?? before.level,
      certainty: evidence ? (evidence.certainty ?? null) : before.certainty,
      study: checked.study ?? null,
      citations: checked.citations,
    };
    const changes = fieldChanges(describedClaim(before), describedClaim(after));
    if (changes.length === 0) return id;

    const key = claimKey({
      subject: after.subject,
      predicate: after.predicate,
      object: after.object,
      source: after.citations[0]!.source,
    });
    if (key !== before.key) {
      const holder = await claimIdByKey(tx, key);
      if (holder && holder !== id) {
        throw badUserInput(
          'patch.citations[0].source',
          `claim "${holder}" already joins these entities on this source's authority; update that claim instead`,
        );
      }
    }
    await setClaimProperties(
      tx,
      id,
      {
        statement: after.statement,
        qualifiers: after.qualifiers,
        level: after.level,
        levelRank: evidenceRank(after.level),
        certainty: after.certainty,
        key,
      },
      at,
    );
    await replaceClaimLinks(tx, id, evidence ? after.study : undefined, patch.citations ? after.citations : undefined);
    await recordChanges(tx, principal.subject, at, [{ label: 'Claim', target: id, action: 'update', note, changes }]);
    return id;
  });
}

/** Sets a claim's status and its statusNote (the note); `retract` records the action as such. */
export async function setClaimStatus(
  db: Database,
  id: string,
  status: ClaimStatus,
  note: string,
  principal: Principal,
  action: 'status' | 'retract' = 'status',
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const at = new Date().toISOString();
    const before = await existingClaim(tx, id);
    const changes = fieldChanges(
      { status: before.status, statusNote: before.statusNote },
      { status, statusNote: note },
    );
    if (changes.length === 0) return id;
    await setClaimProperties(tx, id, { status, statusNote: note }, at);
    await recordChanges(tx, principal.subject, at, [{ label: 'Claim', target: id, action, note, changes }]);
    return id;
  });
}
