import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from '../config';
import type { Principal, Role } from './roles';

const knownRoles: Role[] = ['reader', 'curator', 'admin'];

/**
 * The HS256 secret: FASCIA_JWT_SECRET, or for local use a random secret kept in the data
 * directory (created on first use, readable by its owner only) so that `npm run token` and the
 * service agree without configuration. Several instances behind a load balancer need the
 * variable set to one shared value.
 */
export function hmacSecret(config: Config): Uint8Array {
  if (config.auth.secret) return new TextEncoder().encode(config.auth.secret);
  const file = path.join(config.dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/** The longest a token's `sub` may be: it is recorded as the actor of every write it makes. */
export const maxSubjectLength = 200;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A token whose claims the service refuses although its signature is good; the message says why. */
export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';
}

/**
 * The checks jose does not make: a token must expire (`exp`), within the configured lifetime
 * from now (and from its `iat`, when it has one), and name a printable subject of at most 200
 * characters, since history records it as the actor.
 */
function checkedSubject(payload: JWTPayload, maxLifetimeSeconds: number): string {
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number')
    throw new TokenRefused('The bearer token has no expiry (exp); ask for one that expires.');
  const fromIssue = typeof payload.iat === 'number' ? payload.exp - payload.iat : 0;
  if (payload.exp - now > maxLifetimeSeconds || fromIssue > maxLifetimeSeconds) {
    throw new TokenRefused(`The bearer token lives longer than this service allows (${maxLifetimeSeconds} s).`);
  }
  const subject = payload.sub;
  const printable =
    typeof subject === 'string' && subject.trim() !== '' && !unprintable.test(subject) && subject.isWellFormed();
  if (!printable || subject.length > maxSubjectLength) {
    throw new TokenRefused(
      `The bearer token's subject (sub) must be printable text of 1 to ${maxSubjectLength} characters.`,
    );
  }
  return subject;
}

/**
 * Verifies bearer tokens: HS256 with the shared secret, or (when FASCIA_JWKS_URL is set) any
 * algorithm the key set offers. Signature, expiry, and issuer and audience when configured, are
 * checked by jose; lifetime and subject by checkedSubject. Roles come from the `roles` array
 * claim; unknown role names are ignored.
 */
export function createTokenVerifier(config: Config): TokenVerifier {
  const secret = hmacSecret(config);
  const remote = config.auth.jwksUrl ? createRemoteJWKSet(new URL(config.auth.jwksUrl)) : undefined;
  const options = { issuer: config.auth.issuer, audience: config.auth.audience, requiredClaims: ['exp'] };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] }));
    } catch (error) {
      // A good HS256 signature with bad claims is that token's answer; only a bad signature may
      // mean the token is the identity provider's.
      if (!remote || error instanceof joseErrors.JWTExpired || error instanceof joseErrors.JWTClaimValidationFailed)
        throw error;
      ({ payload } = await jwtVerify(token, remote, options));
    }
    const subject = checkedSubject(payload, config.auth.maxTokenLifetimeSeconds);
    const claimed = Array.isArray(payload.roles) ? payload.roles : [];
    return { subject, roles: knownRoles.filter((role) => claimed.includes(role)), authenticated: true };
  };
}

/** A signed HS256 token, for `npm run token` and tests. */
export async function signToken(
  secret: Uint8Array,
  {
    subject,
    roles,
    expiresIn = '12h',
    issuer,
    audience,
  }: { subject: string; roles: Role[]; expiresIn?: string | number; issuer?: string; audience?: string },
): Promise<string> {
  let jwt = new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (audience) jwt = jwt.setAudience(audience);
  return jwt.sign(secret);
}
