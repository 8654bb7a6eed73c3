import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; one logger per process, children per request carry the request id. */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { service: 'fascia', ...base }, timestamp: pino.stdTimeFunctions.isoTime });
}
