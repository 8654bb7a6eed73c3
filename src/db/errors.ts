import { Neo4jError } from 'neo4j-driver';

// Codes the driver uses when it cannot reach a server, or the server cannot serve the database.
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** True when the error means "the database cannot be reached right now", not a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Neo4jError).code;
  if (code && unavailableCodes.has(code)) return true;
  return /ECONNREFUSED|ECONNRESET|connection acquisition timed out|Pool is closed/i.test(error.message);
}

/** True when Neo4j cancelled a transaction for running longer than its timeout. */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && timeoutCodes.has(error.code);
}

/**
 * Thrown by a write's own checks when what it read changed under it before its locks were
 * taken (an entity merged away meanwhile): the transaction rolls back and runs again.
 */
export class ConcurrentChange extends Error {
  override readonly name = 'ConcurrentChange';
}

/**
 * True when a write met a concurrent change: Neo4j cannot load a node another transaction
 * deleted after this one matched it ("Unable to load NODE"), or a write's check saw a change.
 */
export function isConcurrentChange(error: unknown): boolean {
  if (error instanceof ConcurrentChange) return true;
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound';
}
