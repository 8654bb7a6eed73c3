import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
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

/**
 * Verifies bearer tokens: HS256 with the shared secret, or (when FASCIA_JWKS_URL is set) any
 * algorithm the key set offers. Expiry, and issuer and audience when configured, are checked
 * by jose. Roles come from the `roles` array claim; unknown role names are ignored.
 */
export function createTokenVerifier(config: Config): TokenVerifier {
  const secret = hmacSecret(config);
  const remote = config.auth.jwksUrl ? createRemoteJWKSet(new URL(config.auth.jwksUrl)) : undefined;
  const options = { issuer: config.auth.issuer, audience: config.auth.audience };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] }));
    } catch (error) {
      if (!remote) throw error;
      ({ payload } = await jwtVerify(token, remote, options));
    }
    const claimed = Array.isArray(payload.roles) ? payload.roles : [];
    const roles = knownRoles.filter((role) => claimed.includes(role));
    return {
      subject: typeof payload.sub === 'string' && payload.sub ? payload.sub : 'unknown',
      roles,
      authenticated: true,
    };
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
