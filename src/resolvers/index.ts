import type { Resolvers } from '../generated/graphql';
import { systemResolvers } from './system';

/** Every type's resolvers, merged; each domain keeps its own module. */
export const resolvers: Resolvers[] = [systemResolvers];
