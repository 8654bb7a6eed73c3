import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isTransactionTimeout } from '../db/errors';
import { ErrorCode } from '../errors';
import { tokenLimitMessage } from './queryLimits';

/**
 * Gives every error a code from ErrorCode. Database outages become SERVICE_UNAVAILABLE and
 * timeouts TIMEOUT; query-limit refusals QUERY_TOO_COMPLEX (Apollo files them as validation or
 * parse errors); anything unexpected is, outside development, reported without its message or
 * stack (the observability plugin logs it with the request id).
 */
export function formatError(nodeEnv: string) {
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
        message:
          'The query ran longer than the database time limit and was cancelled; ask for less (smaller first, depth or limit).',
        path: formatted.path,
        extensions: { code: ErrorCode.TIMEOUT },
      };
    }
    if (formatted.extensions?.limit) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    const tokens = tokenLimitMessage.exec(formatted.message);
    if (tokens) {
      return {
        message: `The query has more than ${tokens[1]} tokens; send a shorter document.`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens' },
      };
    }
    const code = formatted.extensions?.code;
    if ((code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) && nodeEnv !== 'development') {
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}
