import type http from 'node:http';
import type { RequestHandler } from 'express';

/**
 * Graceful HTTP shutdown. Apollo's drain plugin ends sockets that have no request yet, but a
 * request already on its way over such a socket is then still parsed and answered into a closed
 * socket: the client sees a reset for a request the server ran. Here, closing uses Node's own
 * connection tracking instead: connections with no request in progress are closed (their clients
 * never reached the server), requests in progress finish and are answered with
 * `Connection: close`, and after `graceMs` anything left is closed.
 */
export function gracefulStop(server: http.Server, graceMs = 10_000) {
  let stopping = false;
  const closeAfterResponse: RequestHandler = (_req, res, next) => {
    if (stopping) res.setHeader('connection', 'close');
    next();
  };
  async function stop(): Promise<void> {
    stopping = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(force);
  }
  return { closeAfterResponse, stop };
}
