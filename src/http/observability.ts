import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isTransactionTimeout } from '../db/errors';
import type { Context } from '../context';
import type { Metrics } from './metrics';

/**
 * Per request: the request id in every error's extensions, one access-log line (request id,
 * operation, time, error codes), unexpected errors logged with their stack, and the metrics.
 */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isDatabaseUnavailable(original)) contextValue.logger.warn({ path: error.path }, 'database unavailable');
            else if (isTransactionTimeout(original))
              contextValue.logger.warn({ path: error.path }, 'database transaction timed out');
            else if (error.extensions?.code === undefined || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
              contextValue.logger.error({ err: original, path: error.path }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          for (const error of errors) {
            (error as { extensions: Record<string, unknown> }).extensions = {
              ...error.extensions,
              requestId: contextValue.requestId,
            };
          }
          const seconds = (performance.now() - started) / 1000;
          metrics.recordRequest(operationName, seconds, codes);
          contextValue.logger.info(
            { operation: operationName ?? null, ms: Math.round(seconds * 1000), errors: codes },
            'graphql request',
          );
        },
      };
    },
  };
}
