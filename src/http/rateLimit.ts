import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../errors/codes';

/**
 * At most `perMinute` GraphQL requests per client (its IP address, as the socket or a trusted
 * proxy reports it) in a sliding minute, so one client cannot take the whole service. Beyond it:
 * HTTP 429, `Retry-After` in seconds, and the API's error format with the code RATE_LIMITED.
 */
export function rateLimitPerClient(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req: Request, res: Response) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
      res.setHeader('retry-after', String(retryAfter));
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute from one client; retry in ${retryAfter} s.`,
            extensions: { code: ErrorCode.RATE_LIMITED, requestId: res.locals.requestId as string },
          },
        ],
      });
    },
  });
}
