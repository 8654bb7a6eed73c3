import neo4j, { type Integer } from 'neo4j-driver';

/**
 * JavaScript numbers reach Cypher as floats, and LIMIT/SKIP reject floats: counts and offsets go
 * through this.
 */
export function int(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}
