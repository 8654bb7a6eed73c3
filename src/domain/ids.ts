import { createHash } from 'node:crypto';
import { isSymmetric, type Predicate } from './predicates';

/** Entity ids are lower-case slugs: words of a–z and 0–9 joined by single hyphens. */
export const entityIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const maxEntityIdLength = 80;

export function entityIdProblem(id: string): string | null {
  if (id.length === 0) return 'must not be empty';
  if (id.length > maxEntityIdLength) return `must be at most ${maxEntityIdLength} characters`;
  if (!entityIdPattern.test(id))
    return 'must be a lower-case slug (a-z, 0-9, single hyphens), e.g. "myofascial-release"';
  return null;
}

export interface ClaimKeyParts {
  subject: string;
  predicate: Predicate;
  object: string;
  /** The source of the claim's first citation. */
  source: string;
}

/**
 * A claim's identity: (subject, predicate, object, first citation's source). Symmetric
 * predicates order the pair, so (a SIMILAR_TO b) and (b SIMILAR_TO a) share one key.
 */
export function claimKey({ subject, predicate, object, source }: ClaimKeyParts): string {
  const [first, second] = isSymmetric(predicate) && object < subject ? [object, subject] : [subject, object];
  return [first, predicate, second, source].join('|');
}

/** A stable claim id derived from the key at creation; it never changes afterwards. */
export function claimIdFor(key: string): string {
  return `c-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
