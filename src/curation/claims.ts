import { randomBytes } from 'node:crypto';
import type { Principal } from '../auth/roles';
import type { Database, Tx } from '../db/database';
import { claimKey, evidenceRank, type ClaimStatus } from '../domain';
import { encodeChanges, fieldChanges } from '../domain/changes';
import { claimReferenceProblems, referencedIds, type ClaimReferences } from '../domain/claimRules';
import { claimHistoryFields, type ClaimRecord } from '../domain/records';
import { gradingMisfit } from '../domain/validation';
import { badUserInput, notFound } from '../errors';
import {
  claimForWrite,
  claimIdByKey,
  existingClaimIds,
  replaceReports,
  lockNodes,
  mergeClaimByKey,
  replaceClaimLinks,
  resolveEntities,
  type VersionedClaim,
} from '../repositories/curation';
import type { ClaimInput, ClaimPatch } from './inputs';
import { applyAndRecord, checkVersion, now } from './writes';

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

/** The claims reported must exist and not be the claim itself; BAD_USER_INPUT naming the first that breaks this. */
async function checkedReports(tx: Tx, reports: string[], self: string | null, argument: string): Promise<string[]> {
  const found = await existingClaimIds(tx, reports);
  reports.forEach((id, index) => {
    if (id === self) throw badUserInput(`${argument}[${index}]`, 'a claim cannot report itself');
    if (!found.has(id)) throw badUserInput(`${argument}[${index}]`, `no claim "${id}"`);
  });
  return reports;
}

/** The claim under its write lock: concurrent writes to one claim apply one after the other. */
async function lockedClaim(tx: Tx, id: string, expectedVersion: number | null | undefined): Promise<VersionedClaim> {
  await lockNodes(tx, 'Claim', [id]);
  const claim = await claimForWrite(tx, id);
  if (!claim) throw notFound('id', id, 'claim');
  checkVersion(id, expectedVersion, claim.version);
  return claim;
}

/**
 * Adds a claim, or returns the existing claim with the same identity (subject, predicate,
 * object, first citation's source) unchanged. Concurrent identical asserts end with one claim.
 * An end merged away while this runs makes the transaction run again, landing on the kept entity.
 */
export async function assertClaim(db: Database, input: ClaimInput, principal: Principal): Promise<string> {
  return db.writeTransaction(async (tx) => {
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
      measure: claim.measure ?? null,
      timepoint: claim.timepoint ?? null,
      reports: await checkedReports(tx, claim.reports, null, 'input.reports'),
    };
    const changes = encodeChanges(fieldChanges(null, claimHistoryFields(record)));
    const { id } = await mergeClaimByKey(tx, record, { at: now(), actor: principal.subject, changes });
    return id;
  });
}

/**
 * Changes the fields the patch names (statement, qualifiers, evidence, citations), under the
 * claim's lock. New citations may change the claim's identity; if another claim already has that
 * identity the update is refused.
 */
export async function updateClaim(
  db: Database,
  id: string,
  patch: ClaimPatch,
  note: string,
  principal: Principal,
  expectedVersion?: number | null,
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const at = now();
    const before = await lockedClaim(tx, id, expectedVersion);
    const evidence = patch.evidence ?? undefined;
    const checked = await checkedReferences(
      tx,
      {
        subject: before.subject,
        predicate: before.predicate,
        object: before.object,
        study: evidence ? (evidence.study ?? null) : before.study,
        citations: patch.citations ?? before.citations,
      },
      'patch',
    );
    const after = {
      ...before,
      statement: patch.statement ?? before.statement,
      qualifiers: patch.qualifiers ?? before.qualifiers,
      level: evidence?.level ?? before.level,
      certainty: evidence ? (evidence.certainty ?? null) : before.certainty,
      study: checked.study ?? null,
      citations: checked.citations,
      measure: patch.measure === undefined ? before.measure : patch.measure,
      timepoint: patch.timepoint === undefined ? before.timepoint : patch.timepoint,
      reports: patch.reports ? await checkedReports(tx, patch.reports, id, 'patch.reports') : before.reports,
    };
    const misfit = gradingMisfit(after.predicate, after.level);
    if (misfit) throw badUserInput('patch.evidence.level', misfit);
    const key = claimKey({
      subject: after.subject,
      predicate: after.predicate,
      object: after.object,
      source: after.citations[0]!.source,
    });
    if (before.key !== null && key !== before.key) {
      const holder = await claimIdByKey(tx, key);
      if (holder && holder !== id) {
        throw badUserInput(
          'patch.citations[0].source',
          `claim "${holder}" already joins these entities on this source's authority; update that claim instead`,
        );
      }
    }
    const props = {
      ...(patch.statement ? { statement: after.statement } : {}),
      ...(patch.qualifiers ? { qualifiers: after.qualifiers } : {}),
      ...(evidence ? { level: after.level, levelRank: evidenceRank(after.level), certainty: after.certainty } : {}),
      ...(patch.measure !== undefined ? { measure: after.measure } : {}),
      ...(patch.timepoint !== undefined ? { timepoint: after.timepoint } : {}),
      ...(patch.citations && before.key !== null ? { key } : {}),
    };
    const written = await applyAndRecord(tx, 'Claim', principal, at, [
      { id, before: claimHistoryFields(before), after: claimHistoryFields(after), props, action: 'update', note },
    ]);
    if (written.size > 0) {
      await replaceClaimLinks(
        tx,
        id,
        evidence ? after.study : undefined,
        patch.citations ? after.citations : undefined,
      );
      if (patch.reports) await replaceReports(tx, id, after.reports);
    }
    return id;
  });
}

/** Sets a claim's status and its statusNote (the note), under its lock; `retract` records the action as such. */
export async function setClaimStatus(
  db: Database,
  id: string,
  status: ClaimStatus,
  note: string,
  principal: Principal,
  { action = 'status', expectedVersion }: { action?: 'status' | 'retract'; expectedVersion?: number | null } = {},
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const before = await lockedClaim(tx, id, expectedVersion);
    await applyAndRecord(tx, 'Claim', principal, now(), [
      {
        id,
        before: { status: before.status, statusNote: before.statusNote },
        after: { status, statusNote: note },
        action,
        note,
      },
    ]);
    return id;
  });
}
