import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';

/**
 * Errors raised before GraphQL sees the request (an oversized or malformed JSON body) answered
 * as GraphQL-shaped JSON with a code, not express's HTML page.
 */
export function requestErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error.status === 'number' ? error.status : 500;
    const requestId = res.locals.requestId as string | undefined;
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body exceeds the limit of ${error.limit} bytes.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', requestId },
          },
        ],
      });
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json({
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId } }],
      });
      return;
    }
    if (status >= 500) logger.error({ err: error, requestId }, 'request failed');
    res.status(status).json({
      errors: [
        {
          message: status >= 500 ? 'Internal server error' : String(error.message),
          extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', requestId },
        },
      ],
    });
  };
}
