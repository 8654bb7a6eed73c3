import type { Context } from '../context';
import { excludedStatuses, type ClaimKind, type Predicate } from '../domain';
import { notFound } from '../errors';
import type {
  CitationResolvers,
  ClaimResolvers,
  EvidenceResolvers,
  QueryResolvers,
  TreatmentLinkResolvers,
} from '../generated/graphql';
import { claimPosition, evidenceRankLimit, pageSize } from '../planning/args';
import { claimSelection, selects } from '../planning/lookahead';
import type { StoredClaim, StoredEntity } from '../repositories/records';
import { claimConnection } from './connections';

/** A claim's end, citation source or study must exist; a missing one means a broken graph. */
async function requiredEntity({ loaders }: Context, id: string): Promise<StoredEntity> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw new Error(`entity "${id}" referenced by a claim is missing`);
  return entity;
}

/**
 * A field of a claim read with a partial projection: present whenever the query selected it, so
 * a missing one is a planning fault, reported as such rather than as a null.
 */
function read<K extends keyof StoredClaim>(claim: StoredClaim, field: K): Exclude<StoredClaim[K], undefined> {
  const value = claim[field];
  if (value === undefined) throw new Error(`claim field "${String(field)}" was not read for claim "${claim.id}"`);
  return value as Exclude<StoredClaim[K], undefined>;
}

/** Claims a claim links to by id (reports, reportedBy), through the claim loader, in id order. */
async function linkedClaims({ loaders }: Context, ids: string[]): Promise<StoredClaim[]> {
  const claims = await loaders.claim.loadMany(ids);
  return claims.map((claim, index) => {
    if (!claim || claim instanceof Error) throw new Error(`claim "${ids[index]}" linked by a claim is missing`);
    return claim;
  });
}

/** Resolves a filter's entity id (following merges) or fails with NOT_FOUND naming the argument. */
async function filterEntity(context: Context, argument: string, id: string | null | undefined): Promise<string | null> {
  if (id === null || id === undefined) return null;
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(argument, id);
  return entity.id;
}

const query = {
  claims: async (_root, { filter, first, after }, context, info) => {
    const size = pageSize(first, 'first', 20);
    const position = claimPosition(after);
    const [subject, object, source] = await Promise.all([
      filterEntity(context, 'filter.subject', filter?.subject),
      filterEntity(context, 'filter.object', filter?.object),
      filterEntity(context, 'filter.source', filter?.source),
    ]);
    const status = filter?.status ?? null;
    const page = await context.loaders.claimList(
      {
        subject,
        object,
        source,
        predicate: (filter?.predicate ?? null) as Predicate | null,
        status,
        kind: (filter?.kind ?? null) as ClaimKind | null,
      },
      {
        maxRank: evidenceRankLimit(filter?.minEvidence),
        excluded: excludedStatuses({
          includeRetracted: (filter?.includeRetracted ?? false) || status === 'RETRACTED',
          includeUnsupported: true,
        }),
        first: size,
        after: position,
        withTotal: selects(info, ['totalCount']),
        select: claimSelection(info, ['edges', 'node']),
      },
    );
    return claimConnection(page);
  },
  claim: (_root, { id }, { loaders }) => loaders.claim.load(id),
} satisfies QueryResolvers<Context>;

/** A claim's end or cited source: its summary when the read brought one, else the whole entity. */
function endOf(context: Context, claim: StoredClaim, id: string): StoredEntity | Promise<StoredEntity> {
  return claim.summaries?.[id] ?? requiredEntity(context, id);
}

const claim = {
  kind: (claim) => read(claim, 'kind'),
  subject: (claim, _args, context) => endOf(context, claim, read(claim, 'subject')),
  predicate: (claim) => read(claim, 'predicate'),
  object: (claim, _args, context) => endOf(context, claim, read(claim, 'object')),
  statement: (claim) => read(claim, 'statement'),
  qualifiers: (claim) => read(claim, 'qualifiers'),
  status: (claim) => read(claim, 'status'),
  statusNote: (claim) => read(claim, 'statusNote'),
  measure: (claim) => read(claim, 'measure'),
  timepoint: (claim) => read(claim, 'timepoint'),
  citations: (claim) =>
    read(claim, 'citations').map((citation) => {
      const summary = claim.summaries?.[citation.source];
      return summary ? { ...citation, summary } : citation;
    }),
  reports: (claim, _args, context) => linkedClaims(context, read(claim, 'reports')),
  reportedBy: (claim, _args, context) => linkedClaims(context, read(claim, 'reportedBy')),
  history: (claim, args, { loaders }) =>
    loaders.history.load({ id: claim.id, options: { label: 'Claim', first: pageSize(args.first, 'first', 20) } }),
  evidence: (claim) => ({
    level: read(claim, 'level'),
    certainty: read(claim, 'certainty'),
    study: claim.study ?? null,
  }),
} satisfies ClaimResolvers<Context>;

const evidence = {
  study: (evidence, _args, { loaders }) => (evidence.study ? loaders.entity.load(evidence.study) : null),
} satisfies EvidenceResolvers<Context>;

const citation = {
  source: (citation, _args, context) => citation.summary ?? requiredEntity(context, citation.source),
  role: (citation) => citation.role ?? 'ASSERTS',
} satisfies CitationResolvers<Context>;

const treatmentLink = {
  technique: (link, _args, context) => requiredEntity(context, link.technique),
  condition: (link, _args, context) => requiredEntity(context, link.condition),
} satisfies TreatmentLinkResolvers<Context>;

export const claimResolvers = {
  Query: query,
  Claim: claim,
  Evidence: evidence,
  Citation: citation,
  TreatmentLink: treatmentLink,
};
