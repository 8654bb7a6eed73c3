import type { Context } from '../context';
import { excludedStatuses, type EntityKind, type Predicate } from '../domain';
import { notFound } from '../errors';
import type { GraphEdgeResolvers, QueryResolvers } from '../generated/graphql';
import { evidenceRankLimit, inRange, pageSize } from '../planning/args';

/** An entity id given as an argument, resolved through merges; NOT_FOUND naming the argument. */
async function existingEntity({ loaders }: Context, argument: string, id: string): Promise<string> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw notFound(argument, id);
  return entity.id;
}

const kindList = (kinds: readonly string[] | null | undefined) =>
  kinds && kinds.length > 0 ? ([...kinds] as EntityKind[]) : null;

/**
 * Ranked lists page by offset: their order is a score, not a key a cursor could name. The
 * statement reads `offset + first` and the answer drops the first `offset`; deeper than
 * maxOffset, refining the request serves better than paging.
 */
const maxOffset = 400;
const window = (first: number | null | undefined, offset: number | null | undefined) => {
  const size = pageSize(first, 'first', 10);
  const skip = inRange(offset, 'offset', 0, 0, maxOffset);
  return { read: skip + size, skip };
};

const query = {
  search: async (_root, { text, kinds, first, offset }, { loaders }) => {
    const { read, skip } = window(first, offset);
    const hits = await loaders.search({ text, kinds: kindList(kinds), first: read });
    return hits.slice(skip);
  },
  related: async (_root, { id, kinds, first, offset, includeUnsupported }, context) => {
    const { read, skip } = window(first, offset);
    const related = await context.loaders.related({
      id: await existingEntity(context, 'id', id),
      kinds: kindList(kinds),
      first: read,
      excluded: excludedStatuses({ includeUnsupported: includeUnsupported ?? false }),
    });
    return related.slice(skip);
  },
  neighborhood: async (_root, args, context) => {
    const options = {
      depth: inRange(args.depth, 'depth', 1, 0, 3) as 0 | 1 | 2 | 3,
      limit: inRange(args.limit, 'limit', 100, 1, 500),
      predicates: args.predicates && args.predicates.length > 0 ? ([...args.predicates] as Predicate[]) : null,
      maxRank: evidenceRankLimit(args.minEvidence),
      excluded: excludedStatuses(args),
    };
    // The common case costs one statement: only an empty answer (no such root) needs a look-up.
    const subgraph = await context.loaders.neighborhood(args.id, options);
    if (subgraph.nodes.length > 0) return subgraph;
    return context.loaders.neighborhood(await existingEntity(context, 'id', args.id), options);
  },
  paths: async (_root, args, context) => {
    const maxLength = inRange(args.maxLength, 'maxLength', 4, 1, 6);
    const first = inRange(args.first, 'first', 3, 0, 10);
    const options = { maxLength, first, excluded: excludedStatuses(args) };
    if (first > 0 && args.from !== args.to) {
      const paths = await context.loaders.paths(args.from, args.to, options);
      if (paths.length > 0) return paths;
    }
    // No path, or the same id twice: check the ids (following merges) before answering.
    const [from, to] = await Promise.all([
      existingEntity(context, 'from', args.from),
      existingEntity(context, 'to', args.to),
    ]);
    if (first === 0) return [];
    if (from === to) {
      const entity = (await context.loaders.entity.load(from))!;
      return [{ nodes: [{ id: entity.id, kind: entity.kind, label: entity.name }], edges: [], length: 0 }];
    }
    if (from === args.from && to === args.to) return [];
    return context.loaders.paths(from, to, options);
  },
} satisfies QueryResolvers<Context>;

const graphEdge = {
  level: (edge) => edge.claim.level!,
  status: (edge) => edge.claim.status!,
} satisfies GraphEdgeResolvers<Context>;

export const exploreResolvers = { Query: query, GraphEdge: graphEdge };
