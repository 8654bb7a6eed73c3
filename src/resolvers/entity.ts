import type { Context } from '../context';
import { kindLabel, type EntityKind, type EvidenceLevel, type Predicate } from '../domain';
import type { ClaimRole, Resolvers } from '../generated/graphql';
import type { ClaimVia } from '../repositories/claims';
import type { Page, StoredClaim } from '../repositories/records';
import { decodeClaimCursor, decodeEntityCursor, evidenceRankLimit, pageSize } from './args';
import { claimConnection, entityConnection } from './connections';
import { loadResolvers, type FieldLoad } from './fieldLoad';
import { claimEmbeds, claimSelection, selects } from './lookahead';
import { planAhead } from './prefetch';
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
 * One page of the claims hanging off an entity via a relation. `nodes` is where the claims sit
 * below the field in the query (`edges.node` for connections), so that only the related
 * entities the query reads are fetched along, and the total only when it is asked for.
 */
function claimPage(
  via: (args: ClaimsArgs) => ClaimVia,
  { nodes = ['edges', 'node'], defaultFirst = 20 } = {},
): FieldLoad<ClaimsArgs>['plan'] {
  return (args, info) => ({
    loader: 'claimPages',
    options: {
      via: via(args),
      predicates: args.predicates && args.predicates.length > 0 ? [...args.predicates].sort() : null,
      maxRank: evidenceRankLimit(args.minEvidence),
      includeRetracted: args.includeRetracted ?? false,
      first: pageSize(args.first, 'first', defaultFirst),
      after: decodeClaimCursor(args.after),
      withTotal: selects(info, ['totalCount']),
      embed: claimEmbeds(info, nodes),
      select: claimSelection(info, nodes),
    },
  });
}

const connectionOf = (via: ClaimVia | ((args: ClaimsArgs) => ClaimVia)): FieldLoad<ClaimsArgs> => ({
  plan: claimPage(typeof via === 'function' ? via : () => via),
  finish: claimConnection,
});

interface TreatmentArgs {
  minEvidence?: EvidenceLevel | null;
  includeRetracted?: boolean | null;
  first?: number | null;
}

/** Technique.treats and Condition.treatedBy: the TREATS claims grouped by the other end. */
const treatmentLinks = (side: 'technique' | 'condition'): FieldLoad<TreatmentArgs> => ({
  plan: (args, info) => ({
    loader: 'treatments',
    options: {
      side,
      maxRank: evidenceRankLimit(args.minEvidence),
      includeRetracted: args.includeRetracted ?? false,
      first: pageSize(args.first, 'first', 50),
      embed: claimEmbeds(info, ['claims']),
      select: claimSelection(info, ['claims']),
    },
  }),
  finish: (links) => links,
});

const roleVia: Record<ClaimRole, ClaimVia> = { SUBJECT: 'SUBJECT', OBJECT: 'OBJECT', ANY: 'ANY' };
const common = { claims: connectionOf((args) => roleVia[args.role ?? 'ANY']) };

/**
 * Every relationship field read through the relations loader, by GraphQL type ("Entity" for
 * the interface's own fields): the resolvers below, and what Query.entity and Query.entities
 * read ahead in their own statement.
 */
export const entityFieldLoads: Record<string, Record<string, FieldLoad>> = {
  Entity: common,
  Technique: { ...common, ...relationFields.Technique, treats: treatmentLinks('technique') },
  Condition: { ...common, ...relationFields.Condition, treatedBy: treatmentLinks('condition') },
  Study: {
    ...common,
    ...relationFields.Study,
    findings: {
      plan: claimPage(() => 'EVIDENCE_FROM', { nodes: [], defaultFirst: 50 }),
      finish: (page: Page<StoredClaim>) => page.items,
    },
  },
  Source: { ...common, ...relationFields.Source, citedBy: connectionOf('CITES') },
  Tissue: { ...common, ...relationFields.Tissue },
  Practitioner: { ...common, ...relationFields.Practitioner },
  Person: { ...common, ...relationFields.Person },
  Organization: { ...common, ...relationFields.Organization },
  Biomarker: { ...common, ...relationFields.Biomarker },
  Substance: { ...common, ...relationFields.Substance },
  Outcome: { ...common, ...relationFields.Outcome },
};

/** Fields every Entity type shares that are not relations. */
const own = {
  aliases: (entity: { aliases?: string[] | null }) => entity.aliases ?? [],
  history: (entity: { id: string }, args: { first?: number | null }, { loaders }: Context) =>
    loaders.history.load({ id: entity.id, options: { label: 'Entity', first: pageSize(args.first, 'first', 20) } }),
};

const typeResolvers = (type: string) => ({ ...own, ...loadResolvers(entityFieldLoads[type]!) });

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_root, { id }, { loaders }, info) => loaders.entityWith(id, planAhead(info, [], entityFieldLoads)),
    entities: async (_root, args, { loaders }, info) => {
      const page = {
        kind: (args.kind ?? null) as EntityKind | null,
        first: pageSize(args.first, 'first', 20),
        after: decodeEntityCursor(args.after),
        withTotal: selects(info, ['totalCount']),
      };
      return entityConnection(await loaders.entityPage(page, planAhead(info, ['edges', 'node'], entityFieldLoads)));
    },
  },
  // The GraphQL type of an entity is its kind's label: TECHNIQUE → Technique.
  Entity: { __resolveType: (entity) => kindLabel[entity.kind] as 'Technique' },
  Technique: typeResolvers('Technique'),
  Condition: typeResolvers('Condition'),
  Study: typeResolvers('Study'),
  Source: { ...typeResolvers('Source'), authors: (source) => source.authors ?? [] },
  Tissue: typeResolvers('Tissue'),
  Practitioner: typeResolvers('Practitioner'),
  Person: typeResolvers('Person'),
  Organization: typeResolvers('Organization'),
  Biomarker: typeResolvers('Biomarker'),
  Substance: typeResolvers('Substance'),
  Outcome: typeResolvers('Outcome'),
};
