import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context';
import type { StartupWork } from '../db/startup';
import { serviceUnavailable } from '../errors';

/** Introspection needs no database, so it is answered even while the service starts. */
function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

/**
 * Until start-up work has finished (database reachable, migrations applied, first seed loaded),
 * operations fail at once with SERVICE_UNAVAILABLE instead of reading a half-prepared graph.
 */
export function readinessGate(startup: StartupWork): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!startup.done && !(operation && isIntrospectionOnly(operation))) {
            throw serviceUnavailable(`The graph database is not ready: ${startup.pendingReason}.`);
          }
        },
      };
    },
  };
}
