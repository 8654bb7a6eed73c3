import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isTransactionTimeout } from '../db/errors';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';

/**
 * Gives every error a code from ErrorCode. Database outages become SERVICE_UNAVAILABLE and
 * timeouts TIMEOUT; anything unexpected is logged and, outside development, reported without
 * its message or stack.
 */
export function formatError(nodeEnv: string, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      return {
        message: 'The graph database is unavailable; try again shortly.',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (isTransactionTimeout(original)) {
      return {
        message: 'The query took longer than the database time limit and was cancelled; ask for less (smaller first, depth or limit).',
        path: formatted.path,
        extensions: { code: ErrorCode.TIMEOUT },
      };
    }
    const code = formatted.extensions?.code;
    if (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
      if (nodeEnv !== 'development') {
        return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
      }
    }
    return formatted;
  };
}
