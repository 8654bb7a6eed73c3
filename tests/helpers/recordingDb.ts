import type { Database, Params, Row } from '../../src/db/database';

/**
 * A stand-in for the database in unit tests of repositories' translation: it records each
 * statement and its parameters and answers with the rows given. What Neo4j makes of the
 * statements is tested against real Neo4j in tests/integration and tests/e2e.
 */
export function recordingDb(answer: (query: string, params: Params) => Row[] = () => []) {
  const calls: Array<{ query: string; params: Params }> = [];
  const run = async (query: string, params: Params = {}) => {
    calls.push({ query, params });
    return answer(query, params);
  };
  const db = {
    read: run,
    write: run,
    options: { database: 'neo4j', transactionTimeoutMs: 5_000 },
  } as unknown as Database;
  return { db, calls };
}
