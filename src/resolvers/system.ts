import type { Resolvers } from '../generated/graphql';
import { serverFacts } from '../repositories/system';
import { serviceVersion } from '../version';

export const systemResolvers: Resolvers = {
  Query: {
    about: async (_root, _args, { db }) => ({ service: `fascia ${serviceVersion}`, ...(await serverFacts(db)) }),
  },
};
