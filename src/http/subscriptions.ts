import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { badRequest } from '../errors';

/**
 * The schema has no Subscription type and the service no subscription transport, so a
 * subscription operation is the client's mistake: BAD_REQUEST (HTTP 400), not a server error.
 */
export function refuseSubscriptions(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription') {
            throw badRequest('Subscriptions are not supported; send a query or a mutation.');
          }
        },
      };
    },
  };
}
