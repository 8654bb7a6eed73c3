import type { GraphQLFormattedError } from 'graphql';
import { classifyError } from '../errors/classify';
import { currentRequestId } from './requestContext';

/**
 * Apollo's formatError: every error leaves with a code from ErrorCode and the request's id
 * (classifyError decides the code and the message). Stack traces only in development.
 */
export function formatError(nodeEnv: string) {
  const development = nodeEnv === 'development';
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { code, message, extensions } = classifyError(formatted, error, development);
    const stacktrace = development ? formatted.extensions?.stacktrace : undefined;
    return {
      message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...extensions, code, requestId: currentRequestId(), ...(stacktrace ? { stacktrace } : {}) },
    };
  };
}
