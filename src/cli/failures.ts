import { ConfigError } from '../config';
import { DataDirError } from '../dataDir';
import { OutputFileError } from '../ingest/formats/output';
import { GraphValidationError } from '../ingest/problems';

/** The `fascia` command's exit codes (README, "The command line"). */
export const exitCodes = {
  ok: 0,
  /** The task failed for a reason other than those below (its message says which). */
  failed: 1,
  /** A mistake in the command line or the environment: unknown option, bad value, unusable setting. */
  usage: 2,
  /** The input or output named was rejected: missing or unreadable path, invalid graph files. */
  input: 3,
  /** No Neo4j to work with: the data directory is held by one that does not answer, or it failed to start. */
  database: 4,
} as const;

/** An operator's mistake or an unusable environment, said in one line with what to do. */
export class OperatorError extends Error {
  override readonly name = 'OperatorError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

function exitCodeOf(error: unknown): number {
  if (error instanceof OperatorError) return error.exitCode;
  if (error instanceof ConfigError || error instanceof DataDirError) return exitCodes.usage;
  if (error instanceof GraphValidationError || error instanceof OutputFileError) return exitCodes.input;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ServiceUnavailable' || code === 'Neo.ClientError.Security.Unauthorized') return exitCodes.database;
  return exitCodes.failed;
}

/**
 * What the operator reads: the message (a validation error's list of problems stays whole; any
 * other error is cut to its first line, the rest being Java or driver detail), and the exit
 * code. LOG_LEVEL=debug shows the whole error.
 */
export function describeFailure(error: unknown): { text: string; exitCode: number } {
  const exitCode = exitCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.LOG_LEVEL === 'debug') return { text: String((error as Error).stack ?? message), exitCode };
  const text = error instanceof GraphValidationError ? message : (message.split('\n')[0] ?? message);
  return { text, exitCode };
}

/** For the CLI's entry point: prints the failure and exits with its code. */
export function exitOnError(error: unknown): never {
  const { text, exitCode } = describeFailure(error);
  process.stderr.write(`fascia: ${text}\n`);
  process.exit(exitCode);
}
