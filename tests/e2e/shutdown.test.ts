import http from 'node:http';
import { freePort } from '../../src/db/freePort';
import { waitFor } from '../helpers/graphql';
import { ServiceProcess } from '../helpers/service';

jest.setTimeout(120_000);

interface Outcome {
  id: string;
  kind: 'complete' | 'cut-off' | 'connect-error';
  status?: number;
  code?: string;
  wellFormed?: boolean;
}

/**
 * One POST, on a fresh connection unless an agent is given (then on its kept-alive socket, so a
 * request can arrive on a connection that was open before the signal).
 */
function request(
  port: number,
  query: string,
  id: string,
  agent: http.Agent | false = false,
): Promise<Outcome & { connection?: string }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-request-id': id,
    };
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('aborted', () => resolve({ id, kind: 'cut-off', status: res.statusCode }));
      res.on('end', () => {
        let wellFormed = false;
        try {
          const parsed = JSON.parse(text);
          wellFormed = parsed.data !== undefined && !parsed.errors;
        } catch {
          wellFormed = false;
        }
        const connection = res.headers.connection;
        resolve({ id, kind: res.complete ? 'complete' : 'cut-off', status: res.statusCode, wellFormed, connection });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ id, kind: 'connect-error', code: error.code }));
    req.end(body);
  });
}

describe('SIGTERM during a load run, in production mode', () => {
  it('lets every request in flight finish, answers one arriving on an open keep-alive connection, then exits 0', async () => {
    const port = await freePort();
    // debug logs a line for every request the server receives, to tell which ones it saw.
    const service = new ServiceProcess({ PORT: String(port), LOG_LEVEL: 'debug', NODE_ENV: 'production' });
    await waitFor(
      'ready',
      async () => (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.status === 200,
      60_000,
    );

    const outcomes: Outcome[] = [];
    let stopped = false;
    const query =
      '{ neighborhood(id: "massage-therapy", depth: 2, limit: 200) { nodes { id } edges { id claim { statement citations { locator } } } } }';
    let sequence = 0;
    const client = async () => {
      while (!stopped) {
        const outcome = await request(port, query, `load-${(sequence += 1)}`);
        outcomes.push(outcome);
        if (outcome.kind === 'connect-error') stopped = true;
      }
    };
    const clients = Array.from({ length: 8 }, client);
    // A client that keeps its connection open between requests, idle when the signal comes.
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const warm = await request(port, '{ about { service } }', 'keepalive-1', keepAlive);
    expect(warm).toMatchObject({ kind: 'complete', status: 200 });
    await waitFor('some load', async () => outcomes.length >= 40, 30_000, 20);
    const beforeSignal = outcomes.length;
    const signalled = service.logs.length;
    service.kill('SIGTERM');
    // Once the drain has begun, a request on the connection opened before it.
    await service.waitForLog('shutting down', 10_000, signalled);
    const onOpenConnection = await request(port, '{ about { service } }', 'keepalive-2', keepAlive);
    const exit = await service.waitForExit(30_000);
    await Promise.all(clients);
    keepAlive.destroy();

    // Answered, and told to close: the connection was open before the signal.
    expect(onOpenConnection).toMatchObject({ kind: 'complete', status: 200, wellFormed: true, connection: 'close' });
    expect(service.logs.some((line) => line.msg === 'stopped' && line.exitCode === 0)).toBe(true);

    expect(exit).toEqual({ code: 0, signal: null });
    const completed = outcomes.filter((o) => o.kind === 'complete');
    expect(completed.length).toBeGreaterThan(beforeSignal);
    expect(outcomes.filter((o) => o.kind === 'cut-off')).toEqual([]);
    expect(completed.every((o) => o.status === 200 && o.wellFormed)).toBe(true);
    // Every request the server received was answered in full.
    const received = new Set(
      service.logs
        .filter((line) => line.msg === 'request received' && String(line.requestId).startsWith('load-'))
        .map((line) => line.requestId as string),
    );
    const answered = new Set(completed.map((o) => o.id));
    expect([...received].filter((id) => !answered.has(id))).toEqual([]);
    // Connections the server never took (refused once the listener closed, or reset while still
    // queued in the kernel when it closed) carried requests it never received: none was cut off.
    const failed = outcomes.filter((o) => o.kind === 'connect-error');
    expect(failed.every((o) => ['ECONNREFUSED', 'ECONNRESET'].includes(o.code!) && !received.has(o.id))).toBe(true);
    console.log(
      `SIGTERM under load: ${completed.length} complete (${completed.length - beforeSignal} after the signal was sent), ${failed.length} never received`,
    );
  });
});
