import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isTransactionTimeout } from '../db/errors';
import { ErrorCode, isErrorCode } from './codes';

/**
 * The one place that decides what an error is, for the response, the log and the metrics alike
 * (after Apollo Server's own errorNormalize): its code, the message a client sees, and whether
 * and how loudly the service logs it. Client errors are not logged on their own (the access line
 * lists their codes); faults of the service or its database are.
 */
export interface Classified {
  code: ErrorCode;
  message: string;
  /** Extensions of the original error to keep (argument, limit, id, …). */
  extensions: Record<string, unknown>;
  log: { level: 'warn' | 'error'; msg: string } | null;
}

export const messages = {
  unavailable: 'The graph database is unavailable; try again shortly.',
  timeout:
    'The query ran longer than the database time limit and was cancelled; ask for less (smaller first, depth or limit).',
  internal: 'Internal server error',
} as const;

/** The database's faults: not the client's doing, and not a bug of the service either. */
const databaseFaults = [
  {
    matches: isDatabaseUnavailable,
    code: ErrorCode.SERVICE_UNAVAILABLE,
    message: messages.unavailable,
    log: 'database unavailable',
  },
  {
    matches: isTransactionTimeout,
    code: ErrorCode.TIMEOUT,
    message: messages.timeout,
    log: 'database transaction timed out',
  },
];

/** graphql-js's message when a document has more tokens than parseOptions.maxTokens allows. */
const tokenLimit = /^Syntax Error: Document contains more that (\d+) tokens/;

/** Codes Apollo Server emits that are not ours, and the code each becomes. */
const apolloCodes: Record<string, ErrorCode> = { OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST };

interface Formatted {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * Classifies an error as Apollo reports it (`formatted`, with its original `error`). Outside
 * development an unexpected error's message is replaced, so no internal detail reaches clients.
 */
export function classifyError(formatted: Formatted, error: unknown, development: boolean): Classified {
  const original = unwrapResolverError(error);
  const { code: givenCode, stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
  const fault = databaseFaults.find(({ matches }) => matches(original));
  if (fault)
    return { code: fault.code, message: fault.message, extensions: {}, log: { level: 'warn', msg: fault.log } };
  const tokens = tokenLimit.exec(formatted.message);
  if (tokens) {
    return {
      code: ErrorCode.QUERY_TOO_COMPLEX,
      message: `The query has more than ${tokens[1]} tokens; send a shorter document.`,
      extensions: { limit: 'tokens' },
      log: null,
    };
  }
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a query-limit refusal
  // raised as one keeps its `limit` extension, which says what it really is.
  if (extensions.limit !== undefined)
    return { code: ErrorCode.QUERY_TOO_COMPLEX, message: formatted.message, extensions, log: null };
  const code = typeof givenCode === 'string' ? (apolloCodes[givenCode] ?? givenCode) : undefined;
  if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { code, message: formatted.message, extensions, log: null };
  }
  return {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    message: development ? formatted.message : messages.internal,
    extensions: {},
    log: { level: 'error', msg: 'unexpected error' },
  };
}

/** Errors raised before GraphQL sees a request (body parsing): status, code and message. */
export function classifyRequestError(error: { status?: unknown; type?: unknown; limit?: unknown; message?: unknown }): {
  status: number;
  code: ErrorCode;
  message: string;
  log: boolean;
} {
  if (error.type === 'entity.too.large') {
    return {
      status: 413,
      code: ErrorCode.PAYLOAD_TOO_LARGE,
      message: `The request body exceeds the limit of ${String(error.limit)} bytes.`,
      log: false,
    };
  }
  if (error.type === 'entity.parse.failed') {
    return { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON.', log: false };
  }
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
  if (status >= 500) return { status, code: ErrorCode.INTERNAL_SERVER_ERROR, message: messages.internal, log: true };
  return { status, code: ErrorCode.BAD_REQUEST, message: String(error.message ?? 'Bad request'), log: false };
}
