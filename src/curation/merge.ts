import type { Principal } from '../auth/roles';
import type { Database, Tx } from '../db/database';
import { ConcurrentChange } from '../db/errors';
import { claimKey } from '../domain';
import { claimHistoryFields, entityHistoryFields, type CitationRecord } from '../domain/records';
import { badUserInput, notFound } from '../errors';
import { entityNodeProperties } from '../repositories/bulk';
import {
  entityForWrite,
  lockNodes,
  replaceClaimLinks,
  replaceReports,
  resolveEntities,
  type ResolvedEntity,
} from '../repositories/curation';
import {
  claimIdsTouching,
  claimIdsWithKeys,
  claimsToMove,
  moveLinks,
  retireEntity,
  setKeys,
  type ClaimToMove,
} from '../repositories/merge';
import type { StoredEntity } from '../repositories/records';
import { writableEntity } from './entityRecord';
import { applyAndRecord, now, type PlannedWrite } from './writes';

function uniqueCitations(citations: CitationRecord[]): CitationRecord[] {
  const seen = new Set<string>();
  return citations.filter((citation) => {
    const id = `${citation.source}\u0000${citation.locator}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Oldest first: the claim that was there first survives a fold. */
function byAge(a: ClaimToMove, b: ClaimToMove): number {
  return (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id);
}

/** Both lists' items, each once, in first-seen order. */
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

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

/** Both entities by their current ids, with the checks a merge needs; NOT_FOUND or BAD_USER_INPUT otherwise. */
function checkedPair(
  found: Map<string, ResolvedEntity>,
  keepId: string,
  mergeId: string,
): [ResolvedEntity, ResolvedEntity] {
  const keep = found.get(keepId);
  const merge = found.get(mergeId);
  if (!keep) throw notFound('keep', keepId);
  if (!merge) throw notFound('merge', mergeId);
  if (merge.id !== mergeId) throw badUserInput('merge', `"${mergeId}" was already merged into "${merge.id}"`);
  // keep may be a retired id; if it resolves to merge, merging would point merge's redirect at itself.
  if (keep.id === mergeId)
    throw badUserInput('merge', 'an entity cannot be merged into itself (or into an id already merged into it)');
  if (keep.kind !== merge.kind)
    throw badUserInput('merge', `kinds must match: "${keep.id}" is a ${keep.kind}, "${mergeId}" a ${merge.kind}`);
  return [keep, merge];
}

/**
 * Locks both entities (in id order, so opposite merges at once wait rather than deadlock), then
 * checks that neither moved meanwhile: a merge that committed while this one waited makes it run
 * again from the start, on the graph as that merge left it.
 */
async function lockPair(tx: Tx, keepId: string, mergeId: string): Promise<[StoredEntity, StoredEntity]> {
  const [keepRef, mergeRef] = checkedPair(await resolveEntities(tx, [keepId, mergeId]), keepId, mergeId);
  await lockNodes(tx, 'Entity', [keepRef.id, mergeRef.id]);
  const [keepNow, mergeNow] = checkedPair(await resolveEntities(tx, [keepId, mergeId]), keepId, mergeId);
  if (keepNow.id !== keepRef.id || mergeNow.id !== mergeRef.id)
    throw new ConcurrentChange('an entity of the merge was merged meanwhile');
  const [keep, merge] = await Promise.all([entityForWrite(tx, keepNow.id), entityForWrite(tx, mergeNow.id)]);
  if (!keep.entity || !merge.entity) throw new ConcurrentChange('an entity of the merge was deleted meanwhile');
  return [keep.entity, merge.entity];
}

/** What becomes of one claim: its state after the merge, and why it changed. */
interface ClaimOutcome {
  before: ClaimToMove;
  /** Its citations once moveLinks has pointed them at keep, in their order, repeats and all. */
  moved: CitationRecord[];
  after: ClaimToMove;
  action: 'merge' | 'retract' | 'fold';
}

/** Claims by id under their locks, read after locking so that no concurrent write is overwritten. */
async function lockedClaims(tx: Tx, ids: string[]): Promise<ClaimToMove[]> {
  await lockNodes(tx, 'Claim', ids);
  return claimsToMove(tx, ids);
}

/** Groups items by a key, in first-seen order. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * The claims' new state: ends and citations moved to keep; a claim that would join keep to
 * itself is retracted and gives up its identity; claims whose identity now clashes fold into the
 * oldest (it gains the others' citations, the others are retracted and give up their identity).
 */
async function plannedClaims(tx: Tx, keep: string, merge: string, note: string): Promise<ClaimOutcome[]> {
  // merge is locked, so no claim can join or leave it until this transaction ends.
  const touching = await lockedClaims(tx, await claimIdsTouching(tx, merge));
  const move = (id: string) => (id === merge ? keep : id);
  const outcomes = new Map<string, ClaimOutcome>(
    touching.map((before) => {
      const moved = before.citations.map((citation) => ({ ...citation, source: move(citation.source) }));
      const after = {
        ...before,
        subject: move(before.subject),
        object: move(before.object),
        study: before.study && move(before.study),
        citations: uniqueCitations(moved),
      };
      return [before.id, { before, moved, after, action: 'merge' }];
    }),
  );
  const retire = (outcome: ClaimOutcome, statusNote: string, action: ClaimOutcome['action']) => {
    outcome.after = { ...outcome.after, key: null, status: 'RETRACTED', statusNote };
    outcome.action = action;
  };
  const keyed: ClaimOutcome[] = [];
  for (const outcome of outcomes.values()) {
    if (outcome.after.subject === outcome.after.object)
      retire(outcome, `${note}, so this claim would join "${keep}" to itself.`, 'retract');
    else if (outcome.before.key !== null) {
      const { subject, predicate, object, citations } = outcome.after;
      outcome.after.key = claimKey({ subject, predicate, object, source: citations[0]!.source });
      keyed.push(outcome);
    }
  }
  // Claims elsewhere that already hold one of the new identities take part in the fold.
  const holderIds = await claimIdsWithKeys(tx, [...new Set(keyed.map((o) => o.after.key!))], [...outcomes.keys()]);
  for (const holder of await lockedClaims(tx, holderIds)) {
    const outcome: ClaimOutcome = { before: holder, moved: holder.citations, after: { ...holder }, action: 'merge' };
    outcomes.set(holder.id, outcome);
    keyed.push(outcome);
  }
  for (const members of groupBy(keyed, (outcome) => outcome.after.key!)) {
    if (members.length < 2) continue;
    const [survivor, ...folded] = [...members].sort((a, b) => byAge(a.before, b.before));
    survivor!.after.citations = uniqueCitations(members.flatMap((member) => member.after.citations));
    // What the folded claims reported, the survivor now reports (claims reporting them keep their link).
    survivor!.after.reports = [...new Set(members.flatMap((member) => member.after.reports))].sort();
    survivor!.action = 'fold';
    for (const member of folded) {
      retire(
        member,
        `${note}; this claim then said the same as the older claim "${survivor!.before.id}", which now carries its citations.`,
        'fold',
      );
    }
  }
  return [...outcomes.values()];
}

/** A claim's write: its own properties and key (its links are rewritten apart). */
function claimWrite({ before, after, action }: ClaimOutcome, note: string): PlannedWrite {
  return {
    id: before.id,
    before: claimHistoryFields(before),
    after: claimHistoryFields(after),
    props: { status: after.status, statusNote: after.statusNote },
    action,
    note,
  };
}

/**
 * Merges `mergeId` into `keepId` in one transaction (see the mutation's description): claims,
 * citations, evidence links and redirects move to keep, each changed claim recording one event;
 * merge's id becomes a redirect to keep that keeps merge's history; merge's name and aliases
 * become keep's aliases. Returns keep's id.
 */
export async function mergeEntities(
  db: Database,
  keepId: string,
  mergeId: string,
  principal: Principal,
): Promise<string> {
  return db.writeTransaction(async (tx) => {
    const at = now();
    const [keep, merge] = await lockPair(tx, keepId, mergeId);
    const note = `"${merge.id}" was merged into "${keep.id}"`;
    const outcomes = await plannedClaims(tx, keep.id, merge.id, note);

    await moveLinks(tx, keep.id, merge.id);
    await setKeys(
      tx,
      outcomes.filter((o) => o.after.key !== o.before.key).map((o) => ({ id: o.before.id, key: o.after.key })),
    );
    for (const { before, moved, after } of outcomes) {
      // moveLinks keeps each citation's order; only a list that lost a repeat or gained a fold is rewritten.
      if (JSON.stringify(moved) !== JSON.stringify(after.citations))
        await replaceClaimLinks(tx, before.id, undefined, after.citations);
      if (JSON.stringify(before.reports) !== JSON.stringify(after.reports))
        await replaceReports(tx, before.id, after.reports);
    }
    await applyAndRecord(
      tx,
      'Claim',
      principal,
      at,
      outcomes.map((outcome) => claimWrite(outcome, note)),
    );
    await retireEntity(tx, keep.id, merge.id, at);

    const before = writableEntity(keep);
    const after = {
      ...before,
      aliases: mergedAliases(keep, merge),
      xrefs: union(before.xrefs, merge.xrefs ?? []),
      closeXrefs: union(before.closeXrefs, merge.closeXrefs ?? []).filter(
        (curie) => !union(before.xrefs, merge.xrefs ?? []).includes(curie),
      ),
    };
    const { aliases, aliasText, searchKeys, xrefs, closeXrefs, xrefKeys } = entityNodeProperties(after);
    await applyAndRecord(tx, 'Entity', principal, at, [
      {
        id: keep.id,
        before: entityHistoryFields(before),
        after: entityHistoryFields(after),
        props: { aliases, aliasText, searchKeys, xrefs, closeXrefs, xrefKeys },
        action: 'merge',
        note,
        always: true,
      },
    ]);
    return keep.id;
  });
}
