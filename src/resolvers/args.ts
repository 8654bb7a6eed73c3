import { badUserInput } from '../errors';
import { maxRankFor, type EvidenceLevel } from '../domain';
import type { ClaimPosition } from '../repositories/claims';

export const maxPageSize = 100;

/**
 * A page size argument: defaults when null, BAD_USER_INPUT naming the argument outside
 * 0…max (a client asking for 101 should learn the cap, not get 100 silently).
 */
export function pageSize(
  value: number | null | undefined,
  argument: string,
  fallback: number,
  max = maxPageSize,
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max)
    throw badUserInput(argument, `must be between 0 and ${max}, got ${size}`);
  return size;
}

export function evidenceRankLimit(minEvidence: EvidenceLevel | null | undefined): number {
  return maxRankFor(minEvidence);
}

// Cursors are opaque to clients: base64url of a tagged JSON array, so a cursor from one list
// cannot be replayed against another by accident.

function encode(value: unknown[]): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decode(cursor: string, tag: string, argument: string): unknown[] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value[0] === tag) return value;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(argument, 'malformed cursor; pass an endCursor or cursor from this same list');
}

export function claimCursor(claim: { levelRank: number; id: string }): string {
  return encode(['claim', claim.levelRank, claim.id]);
}

export function decodeClaimCursor(cursor: string | null | undefined, argument = 'after'): ClaimPosition | null {
  if (cursor === null || cursor === undefined) return null;
  const [, rank, id] = decode(cursor, 'claim', argument);
  if (!Number.isInteger(rank) || typeof id !== 'string') throw badUserInput(argument, 'malformed cursor');
  return { rank: rank as number, id };
}

export function entityCursor(entity: { id: string }): string {
  return encode(['entity', entity.id]);
}

export function decodeEntityCursor(cursor: string | null | undefined, argument = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const [, id] = decode(cursor, 'entity', argument);
  if (typeof id !== 'string') throw badUserInput(argument, 'malformed cursor');
  return id;
}
