import type http from 'node:http';
import net from 'node:net';
import type { RequestHandler } from 'express';

export interface GracefulStopOptions {
  /** After this long, connections still open are closed whatever they are doing. */
  graceMs?: number;
  /** Once nothing is in flight, idle keep-alive connections stay open this long for requests already on their way. */
  lingerMs?: number;
}

/**
 * Graceful HTTP shutdown. On stop the listener closes at once, so new connections are refused
 * and load balancers move on; connections already open stay open while requests are in flight,
 * and every response from then on carries `Connection: close`, so a request that arrives on an
 * open keep-alive connection during the drain is answered, not reset. Node's own
 * `http.Server.close()` would close idle keep-alive connections at once, and a request already on
 * its way over one would then meet a reset, so the listener is closed as a plain net.Server.
 * Once nothing is in flight (and a short linger has passed) idle connections are closed; after
 * `graceMs` everything left is.
 */
export function gracefulStop(server: http.Server, { graceMs = 10_000, lingerMs = 1_000 }: GracefulStopOptions = {}) {
  let stopping = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    });
  });

  const closeAfterResponse: RequestHandler = (_req, res, next) => {
    if (stopping) res.setHeader('connection', 'close');
    next();
  };

  async function stop(): Promise<void> {
    stopping = true;
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    for (;;) {
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await new Promise((resolve) => setTimeout(resolve, lingerMs));
      if (inFlight === 0) break;
    }
    server.closeIdleConnections();
    await closed;
    clearTimeout(force);
  }
  return {
    closeAfterResponse,
    stop,
    get inFlight() {
      return inFlight;
    },
  };
}
