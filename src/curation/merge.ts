import type { Principal } from '../auth/roles';
import type { Database } from '../db/database';
import { claimKey, type Predicate } from '../domain';
import { badUserInput, notFound } from '../errors';
import { fieldChanges } from '../domain/changes';
import {
  readEntity,
  replaceClaimLinks,
  resolveEntities,
  setClaimProperties,
  updateEntity,
} from '../repositories/curation';
import { recordChanges, type ChangeToRecord } from '../repositories/history';
import {
  claimsTouching,
  claimsWithKeys,
  clearKeys,
  moveEverything,
  setKeys,
  type ClaimIdentity,
} from '../repositories/merge';
import type { StoredEntity } from '../repositories/records';
import { writableEntity } from './entityRecord';

type Citation = { source: string; locator: string };

function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const id = `${citation.source}\u0000${citation.locator}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Oldest first: the claim that was there first survives a fold. */
function byAge(a: ClaimIdentity, b: ClaimIdentity): number {
  return (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id);
}

/** keep's aliases plus merge's name and aliases, without repeats or keep's own name. */
function mergedAliases(keep: StoredEntity, merge: StoredEntity): string[] {
  const seen = new Set([keep.name.toLowerCase()]);
  return [...(keep.aliases ?? []), merge.name, ...(merge.aliases ?? [])].filter((alias) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Merges `mergeId` into `keepId` in one transaction (see the mutation's description): claims,
 * citations, evidence links, redirects and history move to keep; self-joining claims are
 * retracted; claims whose identity now clashes fold into the oldest (its citations gain the
 * others', the others are retracted with a note); merge's name and aliases become keep's aliases;
 * merge's id becomes a redirect to keep. Returns keep's id.
 */
export async function mergeEntities(
  db: Database,
  keepId: string,
  mergeId: string,
  principal: Principal,
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const at = new Date().toISOString();
    const found = await resolveEntities(tx, [keepId, mergeId]);
    const keepRef = found.get(keepId);
    const mergeRef = found.get(mergeId);
    if (!keepRef) throw notFound('keep', keepId);
    if (!mergeRef) throw notFound('merge', mergeId);
    if (mergeRef.id !== mergeId) throw badUserInput('merge', `"${mergeId}" was already merged into "${mergeRef.id}"`);
    if (keepRef.id === mergeId) throw badUserInput('merge', 'an entity cannot be merged into itself');
    if (keepRef.kind !== mergeRef.kind)
      throw badUserInput(
        'merge',
        `kinds must match: "${keepRef.id}" is a ${keepRef.kind}, "${mergeId}" a ${mergeRef.kind}`,
      );
    const keep = await readEntity(tx, keepRef.id);
    const merge = await readEntity(tx, mergeId);

    const before = await claimsTouching(tx, mergeId);
    await moveEverything(tx, keep.id, mergeId, at);
    const moveId = (id: string) => (id === mergeId ? keep.id : id);
    const after = before.map((claim) => ({
      ...claim,
      subject: moveId(claim.subject),
      object: moveId(claim.object),
      citations: uniqueCitations(claim.citations.map((citation) => ({ ...citation, source: moveId(citation.source) }))),
    }));

    const events: ChangeToRecord[] = after.flatMap((claim, index) => {
      const was = before[index]!;
      const changes = fieldChanges(
        { subject: was.subject, object: was.object, citations: was.citations },
        { subject: claim.subject, object: claim.object, citations: claim.citations },
      );
      return changes.length > 0 ? [{ label: 'Claim' as const, target: claim.id, action: 'merge', changes }] : [];
    });

    const selfLoops = after.filter((claim) => claim.subject === claim.object);
    const keyed = after
      .filter((claim) => claim.subject !== claim.object)
      .map((claim) => ({
        claim,
        key: claimKey({
          subject: claim.subject,
          predicate: claim.predicate as Predicate,
          object: claim.object,
          source: claim.citations[0]!.source,
        }),
      }));
    const holders = await claimsWithKeys(
      tx,
      [...new Set(keyed.map((entry) => entry.key))],
      after.map((claim) => claim.id),
    );

    // Group by new identity; a group of more than one folds into its oldest claim.
    const groups = new Map<string, ClaimIdentity[]>();
    for (const { claim, key } of keyed) groups.set(key, [...(groups.get(key) ?? []), claim]);
    for (const holder of holders) groups.set(holder.key!, [...(groups.get(holder.key!) ?? []), holder]);
    const finalKeys: Array<{ id: string; key: string }> = [];
    const folds: Array<{ survivor: ClaimIdentity; folded: ClaimIdentity[] }> = [];
    for (const [key, members] of groups) {
      const [survivor, ...folded] = [...members].sort(byAge);
      finalKeys.push({ id: survivor!.id, key });
      if (folded.length > 0) folds.push({ survivor: survivor!, folded });
    }

    await clearKeys(tx, [...after.map((claim) => claim.id), ...holders.map((claim) => claim.id)]);
    await setKeys(tx, finalKeys);

    const note = `"${mergeId}" was merged into "${keep.id}"`;
    for (const claim of selfLoops) {
      const statusNote = `${note}, so this claim would join "${keep.id}" to itself.`;
      await setClaimProperties(tx, claim.id, { status: 'RETRACTED', statusNote }, at);
      events.push({
        label: 'Claim',
        target: claim.id,
        action: 'retract',
        note,
        changes: fieldChanges(
          { status: claim.status, statusNote: claim.statusNote },
          { status: 'RETRACTED', statusNote },
        ),
      });
    }
    for (const { survivor, folded } of folds) {
      const citations = uniqueCitations([survivor, ...folded].flatMap((claim) => claim.citations));
      await replaceClaimLinks(tx, survivor.id, undefined, citations);
      events.push({
        label: 'Claim',
        target: survivor.id,
        action: 'fold',
        note,
        changes: fieldChanges({ citations: survivor.citations }, { citations }),
      });
      for (const claim of folded) {
        const statusNote = `${note}; this claim then said the same as the older claim "${survivor.id}", which now carries its citations.`;
        await setClaimProperties(tx, claim.id, { status: 'RETRACTED', statusNote }, at);
        events.push({
          label: 'Claim',
          target: claim.id,
          action: 'fold',
          note,
          changes: fieldChanges(
            { status: claim.status, statusNote: claim.statusNote },
            { status: 'RETRACTED', statusNote },
          ),
        });
      }
    }
    // Claims whose merged citation list lost a duplicate need their CITES rewritten too.
    for (const [index, claim] of after.entries()) {
      if (
        claim.citations.length !== before[index]!.citations.length &&
        !folds.some((fold) => fold.survivor.id === claim.id)
      ) {
        await replaceClaimLinks(tx, claim.id, undefined, claim.citations);
      }
    }

    const aliases = mergedAliases(keep, merge);
    await updateEntity(tx, { ...writableEntity(keep), aliases }, at);
    events.push({
      label: 'Entity',
      target: keep.id,
      action: 'merge',
      note,
      changes: [
        ...fieldChanges({ aliases: keep.aliases }, { aliases }),
        { field: 'merged', before: null, after: JSON.stringify(mergeId) },
      ],
    });
    await recordChanges(tx, principal.subject, at, events);
    return keep.id;
  });
}
