import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context';
import { classifyError } from '../errors/classify';
import type { Metrics } from './metrics';

/**
 * Per request: one access-log line (request id, operation, time, error codes), the service's
 * own faults logged with their error object (classifyError says which), and the metrics.
 */
export function observabilityPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const { log } = classifyError(error, error, true);
            if (log) contextValue.logger[log.level]({ err: unwrapResolverError(error), path: error.path }, log.msg);
          }
        },
        async willSendResponse({ response, operationName }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code));
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
