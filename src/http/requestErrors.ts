import type { ErrorRequestHandler } from 'express';
import { classifyRequestError } from '../errors/classify';
import type { Logger } from '../logger';

/**
 * Errors raised before GraphQL sees the request (an oversized or malformed JSON body) answered
 * as GraphQL-shaped JSON with a code and the request id, not express's HTML page.
 */
export function requestErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const requestId = res.locals.requestId as string | undefined;
    const { status, code, message, log } = classifyRequestError(error);
    if (log) logger.error({ err: error, requestId }, 'request failed');
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
