import type { Context } from '../context';
import type { Resolvers } from '../generated/graphql';
import { claimResolvers } from './claim';
import { curationResolvers } from './curation';
import { entityResolvers } from './entity';
import { exploreResolvers } from './explore';
import { systemResolvers } from './system';

/** Every type's resolvers, one module per schema file; the root types gather each module's fields. */
export const resolvers = {
  ...entityResolvers,
  ...claimResolvers,
  ...exploreResolvers,
  Query: {
    ...systemResolvers.Query,
    ...entityResolvers.Query,
    ...claimResolvers.Query,
    ...exploreResolvers.Query,
  },
  Mutation: curationResolvers.Mutation,
} satisfies Resolvers<Context>;
