import { requireRole } from '../auth/roles';
import type { Context } from '../context';
import { assertClaim, setClaimStatus, updateClaim } from '../curation/claims';
import { upsertEntity } from '../curation/entities';
import {
  claimId,
  claimInput,
  claimPatch,
  entityId,
  entityInput,
  note,
  parseArgument,
  sourceDetailsFromGraphQL,
} from '../curation/inputs';
import { mergeEntities } from '../curation/merge';
import type { MutationResolvers } from '../generated/graphql';
import type { StoredClaim, StoredEntity } from '../repositories/records';

/** Reads a written record afresh: this request's loaders may hold the version before the write. */
async function freshClaim({ loaders }: Context, id: string): Promise<StoredClaim> {
  return (await loaders.claim.clear(id).load(id))!;
}

async function freshEntity({ loaders }: Context, id: string): Promise<StoredEntity> {
  return (await loaders.entity.clear(id).load(id))!;
}

const mutation = {
  upsertEntity: async (_root, args, context) => {
    const { input } = args;
    requireRole(context.principal, 'curator', 'upsertEntity');
    const value = { ...input, source: input.source ? sourceDetailsFromGraphQL(input.source) : input.source };
    const id = await upsertEntity(
      context.db,
      parseArgument(entityInput, value, 'input'),
      context.principal,
      args.expectedVersion,
    );
    return freshEntity(context, id);
  },
  assertClaim: async (_root, { input }, context) => {
    requireRole(context.principal, 'curator', 'assertClaim');
    const id = await assertClaim(context.db, parseArgument(claimInput, input, 'input'), context.principal);
    return freshClaim(context, id);
  },
  updateClaim: async (_root, args, context) => {
    requireRole(context.principal, 'curator', 'updateClaim');
    const id = parseArgument(claimId, args.id, 'id');
    const patch = parseArgument(claimPatch, args.patch, 'patch');
    await updateClaim(
      context.db,
      id,
      patch,
      parseArgument(note, args.note, 'note'),
      context.principal,
      args.expectedVersion,
    );
    return freshClaim(context, id);
  },
  setClaimStatus: async (_root, args, context) => {
    requireRole(context.principal, 'curator', 'setClaimStatus');
    const id = parseArgument(claimId, args.id, 'id');
    await setClaimStatus(context.db, id, args.status, parseArgument(note, args.note, 'note'), context.principal, {
      expectedVersion: args.expectedVersion,
    });
    return freshClaim(context, id);
  },
  retractClaim: async (_root, args, context) => {
    requireRole(context.principal, 'curator', 'retractClaim');
    const id = parseArgument(claimId, args.id, 'id');
    await setClaimStatus(context.db, id, 'RETRACTED', parseArgument(note, args.reason, 'reason'), context.principal, {
      action: 'retract',
      expectedVersion: args.expectedVersion,
    });
    return freshClaim(context, id);
  },
  mergeEntities: async (_root, args, context) => {
    requireRole(context.principal, 'admin', 'mergeEntities');
    const keep = await mergeEntities(
      context.db,
      parseArgument(entityId, args.keep, 'keep'),
      parseArgument(entityId, args.merge, 'merge'),
      context.principal,
    );
    return freshEntity(context, keep);
  },
} satisfies MutationResolvers<Context>;

export const curationResolvers = { Mutation: mutation };
