import { Neo4jError } from 'neo4j-driver';

/**
 * Runs a write once more when it lost a race on a uniqueness constraint (two curators creating
 * the same id at once): the second run sees the winner's write and updates instead of creating.
 */
export async function withConstraintRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return write();
    throw error;
  }
}
