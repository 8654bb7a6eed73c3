import type { Context } from '../context';
import type { QueryResolvers } from '../generated/graphql';
import { serviceVersion } from '../version';

const query = {
  about: async (_root, _args, { loaders }) => ({
    service: `fascia ${serviceVersion}`,
    ...(await loaders.serverFacts()),
  }),
} satisfies QueryResolvers<Context>;

export const systemResolvers = { Query: query };
