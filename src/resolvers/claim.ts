import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { Predicate } from '../domain';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/graphql';
import { listClaims } from '../repositories/claims';
import type { StoredEntity } from '../repositories/records';
import { decodeClaimCursor, evidenceRankLimit, pageSize } from './args';
import { claimConnection } from './connections';
import { claimEmbeds, claimSelection, selects } from './lookahead';

/** A claim's end, citation source or study must exist; a missing one means a broken graph. */
async function requiredEntity({ loaders }: Context, id: string): Promise<StoredEntity> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw new GraphQLError(`entity "${id}" referenced by a claim is missing`);
  return entity;
}

/** Resolves a filter's entity id (following merges) or fails with NOT_FOUND naming the argument. */
async function filterEntity(context: Context, argument: string, id: string | null | undefined): Promise<string | null> {
  if (id === null || id === undefined) return null;
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(argument, id);
  return entity.id;
}

export const claimResolvers: Resolvers = {
  Query: {
    claims: async (_root, { filter, first, after }, context, info) => {
      const size = pageSize(first, 'first', 20);
      const position = decodeClaimCursor(after);
      const [subject, object, source] = await Promise.all([
        filterEntity(context, 'filter.subject', filter?.subject),
        filterEntity(context, 'filter.object', filter?.object),
        filterEntity(context, 'filter.source', filter?.source),
      ]);
      const status = filter?.status ?? null;
      const page = await listClaims(
        context.db,
        { subject, object, source, predicate: (filter?.predicate ?? null) as Predicate | null, status },
        {
          predicates: null,
          maxRank: evidenceRankLimit(filter?.minEvidence),
          includeRetracted: (filter?.includeRetracted ?? false) || status === 'RETRACTED',
          first: size,
          after: position,
          withTotal: selects(info, ['totalCount']),
          embed: claimEmbeds(info, ['edges', 'node']),
          select: claimSelection(info, ['edges', 'node']),
        },
      );
      context.loaders.primeFromClaims(page.items);
      return claimConnection(page);
    },
    claim: (_root, { id }, { loaders }) => loaders.claim.load(id),
  },
  Claim: {
    subject: (claim, _args, context) => requiredEntity(context, claim.subject),
    object: (claim, _args, context) => requiredEntity(context, claim.object),
    qualifiers: (claim) => claim.qualifiers ?? [],
    history: (claim, args, { loaders }) =>
      loaders.history.load({ id: claim.id, options: { label: 'Claim', first: pageSize(args.first, 'first', 20) } }),
    evidence: (claim) => ({ level: claim.level, certainty: claim.certainty, study: claim.study }),
  },
  Evidence: {
    certainty: (evidence) => evidence.certainty as 'LOW' | null,
    study: (evidence, _args, { loaders }) => (evidence.study ? loaders.entity.load(evidence.study) : null),
  },
  Citation: {
    source: (citation, _args, context) => requiredEntity(context, citation.source),
  },
  TreatmentLink: {
    technique: (link, _args, context) => requiredEntity(context, link.technique),
    condition: (link, _args, context) => requiredEntity(context, link.condition),
  },
};
