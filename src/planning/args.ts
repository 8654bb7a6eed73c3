import { maxRankFor, type EvidenceLevel } from '../domain';
import { badUserInput } from '../errors';
import type { ClaimPosition } from '../repositories/relations';

/** The largest page any list argument (`first`) accepts. */
export const maxPageSize = 100;

/** An integer argument: `fallback` when null, BAD_USER_INPUT naming the argument outside min…max. */
export function inRange(
  value: number | null | undefined,
  argument: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const number = value ?? fallback;
  if (!Number.isInteger(number) || number < min || number > max) {
    throw badUserInput(argument, `must be between ${min} and ${max}, got ${number}`);
  }
  return number;
}

/**
 * A page size argument, 0…max: a client asking for 101 learns the cap rather than getting 100
 * silently.
 */
export function pageSize(
  value: number | null | undefined,
  argument: string,
  fallback: number,
  max = maxPageSize,
): number {
  return inRange(value, argument, fallback, 0, max);
}

/** The rank bound a `minEvidence` argument sets (see domain/evidence.ts). */
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

/** The position an `after` cursor of a claim list names; null for none. */
export function claimPosition(cursor: string | null | undefined, argument = 'after'): ClaimPosition | null {
  if (cursor === null || cursor === undefined) return null;
  const [, rank, id] = decode(cursor, 'claim', argument);
  if (!Number.isInteger(rank) || typeof id !== 'string') throw badUserInput(argument, 'malformed cursor');
  return { rank: rank as number, id };
}

export function entityCursor(entity: { id: string }): string {
  return encode(['entity', entity.id]);
}

/** The last entity id an `after` cursor of an entity list names; null for none. */
export function entityPosition(cursor: string | null | undefined, argument = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const [, id] = decode(cursor, 'entity', argument);
  if (typeof id !== 'string') throw badUserInput(argument, 'malformed cursor');
  return id;
}
