import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { kindLabel, type EntityKind, type EvidenceLevel, type Predicate } from '../domain';
import type { ClaimRole, Resolvers } from '../generated/graphql';
import type { ClaimVia } from '../repositories/claims';
import { listEntities } from '../repositories/entities';
import type { StoredEntity } from '../repositories/records';
import { decodeClaimCursor, decodeEntityCursor, evidenceRankLimit, pageSize } from './args';
import { claimConnection, entityConnection } from './connections';
import { claimEmbeds, selects } from './lookahead';
import { relationFields } from './relations';

interface ClaimsArgs {
  role?: ClaimRole | null;
  predicates?: Predicate[] | null;
  minEvidence?: EvidenceLevel | null;
  includeRetracted?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/**
 * One page of the claims hanging off `entity` via a relation, as a connection. `nodes` is where
 * the claims sit below this field in the query (`edges.node` for connections), so that only the
 * related entities the query reads are fetched along, and the total only when it is asked for.
 */
export async function claimsOf(
  entity: StoredEntity,
  via: ClaimVia,
  args: ClaimsArgs,
  { loaders }: Context,
  info: GraphQLResolveInfo,
  nodes = ['edges', 'node'],
) {
  const options = {
    via,
    predicates: args.predicates && args.predicates.length > 0 ? [...args.predicates].sort() : null,
    maxRank: evidenceRankLimit(args.minEvidence),
    includeRetracted: args.includeRetracted ?? false,
    first: pageSize(args.first, 'first', 20),
    after: decodeClaimCursor(args.after),
    withTotal: selects(info, ['totalCount']),
    embed: claimEmbeds(info, nodes),
  };
  return claimConnection(await loaders.claimPages.load({ id: entity.id, options }));
}

interface TreatmentArgs {
  minEvidence?: EvidenceLevel | null;
  includeRetracted?: boolean | null;
  first?: number | null;
}

/** Technique.treats and Condition.treatedBy: the TREATS claims grouped by the other end. */
function treatmentLinks(side: 'technique' | 'condition') {
  return (entity: StoredEntity, args: TreatmentArgs, { loaders }: Context, info: GraphQLResolveInfo) =>
    loaders.treatments.load({
      id: entity.id,
      options: {
        side,
        maxRank: evidenceRankLimit(args.minEvidence),
        includeRetracted: args.includeRetracted ?? false,
        first: pageSize(args.first, 'first', 50),
        embed: claimEmbeds(info, ['claims']),
      },
    });
}

const roleVia: Record<ClaimRole, ClaimVia> = { SUBJECT: 'SUBJECT', OBJECT: 'OBJECT', ANY: 'ANY' };

/** Fields every Entity type shares. */
const common = {
  aliases: (entity: StoredEntity) => entity.aliases ?? [],
  history: (entity: StoredEntity, args: { first?: number | null }, { loaders }: Context) =>
    loaders.history.load({ id: entity.id, options: { label: 'Entity', first: pageSize(args.first, 'first', 20) } }),
  claims: (entity: StoredEntity, args: ClaimsArgs, context: Context, info: GraphQLResolveInfo) =>
    claimsOf(entity, roleVia[args.role ?? 'ANY'], args, context, info),
};

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_root, { id }, { loaders }) => loaders.entity.load(id),
    entities: async (_root, args, { db }) =>
      entityConnection(
        await listEntities(db, {
          kind: (args.kind ?? null) as EntityKind | null,
          first: pageSize(args.first, 'first', 20),
          after: decodeEntityCursor(args.after),
        }),
      ),
  },
  // The GraphQL type of an entity is its kind's label: TECHNIQUE → Technique.
  Entity: { __resolveType: (entity) => kindLabel[entity.kind] as 'Technique' },
  Technique: {
    ...common,
    ...relationFields.Technique,
    treats: treatmentLinks('technique'),
  },
  Condition: {
    ...common,
    ...relationFields.Condition,
    treatedBy: treatmentLinks('condition'),
  },
  Study: {
    ...common,
    ...relationFields.Study,
    findings: async (study, args, context, info) =>
      (
        await claimsOf(study, 'EVIDENCE_FROM', { first: pageSize(args.first, 'first', 50), includeRetracted: args.includeRetracted }, context, info, [])
      ).edges.map((edge) => edge.node),
  },
  Source: {
    ...common,
    ...relationFields.Source,
    authors: (source) => source.authors ?? [],
    citedBy: (source, args, context, info) => claimsOf(source, 'CITES', args, context, info),
  },
  Tissue: { ...common, ...relationFields.Tissue },
  Practitioner: { ...common, ...relationFields.Practitioner },
  Person: { ...common, ...relationFields.Person },
  Organization: { ...common, ...relationFields.Organization },
  Biomarker: { ...common, ...relationFields.Biomarker },
  Substance: { ...common, ...relationFields.Substance },
  Outcome: { ...common, ...relationFields.Outcome },
};
