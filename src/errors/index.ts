import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes';

export { ErrorCode, errorCodes, isErrorCode } from './codes';

/**
 * A GraphQL error with one of our codes. `httpStatus` is for errors that refuse the whole request
 * before execution (Apollo sends it as the response status); errors inside a response with data
 * keep HTTP 200, as GraphQL over HTTP expects.
 */
export function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  httpStatus?: number,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}

/** A rule broken by a well-typed value; `argument` names the argument or input field. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return codedError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument });
}

export function notFound(argument: string, id: string, what = 'entity'): GraphQLError {
  return codedError(ErrorCode.NOT_FOUND, `${argument}: no ${what} with id "${id}"`, { argument, id });
}

/** A write based on a stale read: `expectedVersion` is not the stored version. Nothing was written. */
export function conflict(id: string, expected: number, actual: number): GraphQLError {
  return codedError(
    ErrorCode.CONFLICT,
    `expectedVersion: "${id}" is at version ${actual}, not ${expected}; read it again and reapply your change`,
    { argument: 'expectedVersion', id, expectedVersion: expected, version: actual },
  );
}

export function serviceUnavailable(message = 'The graph database is unavailable; try again shortly.'): GraphQLError {
  return codedError(ErrorCode.SERVICE_UNAVAILABLE, message);
}

/** No or bad credentials; `rejectsRequest` when the token came with the request and is bad (HTTP 401). */
export function unauthenticated(message: string, rejectsRequest = false): GraphQLError {
  return codedError(ErrorCode.UNAUTHENTICATED, message, {}, rejectsRequest ? 401 : undefined);
}

export function forbidden(message: string): GraphQLError {
  return codedError(ErrorCode.FORBIDDEN, message);
}

/** A request the service refuses as a whole, before running it (HTTP 400). */
export function badRequest(message: string): GraphQLError {
  return codedError(ErrorCode.BAD_REQUEST, message, {}, 400);
}

/** A query-limit refusal (depth, aliases, directives, tokens, cost); `limit` names which. HTTP 400. */
export function queryTooComplex(limit: string, message: string): GraphQLError {
  return codedError(ErrorCode.QUERY_TOO_COMPLEX, message, { limit }, 400);
}
