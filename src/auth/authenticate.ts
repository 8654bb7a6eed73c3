import { errors as joseErrors } from 'jose';
import { unauthenticated } from '../errors';
import { anonymous, type Principal } from './roles';
import { TokenRefused, type TokenVerifier } from './tokens';

/**
 * The request's principal from its Authorization header: none means anonymous (reading needs no
 * token); a token that is malformed, expired or wrongly signed rejects the whole request, so a
 * client learns at once that its credentials are bad rather than reading as anonymous.
 */
export async function authenticate(header: string | undefined, verify: TokenVerifier): Promise<Principal> {
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".', true);
  try {
    return await verify(match[1]!);
  } catch (error: unknown) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The bearer token has expired.', true);
    if (error instanceof TokenRefused) throw unauthenticated(error.message, true);
    if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'exp') {
      throw unauthenticated('The bearer token has no expiry (exp); ask for one that expires.', true);
    }
    throw unauthenticated('The bearer token is not valid (bad signature, format, issuer or audience).', true);
  }
}
