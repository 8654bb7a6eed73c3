import type { Resolvers } from '../generated/graphql';
import { claimResolvers } from './claim';
import { curationResolvers } from './curation';
import { entityResolvers } from './entity';
import { exploreResolvers } from './explore';
import { systemResolvers } from './system';

/** Every type's resolvers, one module per schema file; Apollo merges the list. */
export const resolvers: Resolvers[] = [
  systemResolvers,
  entityResolvers,
  claimResolvers,
  exploreResolvers,
  curationResolvers,
];
