import { GraphQLError } from 'graphql';
import { errors as joseErrors } from 'jose';
import { ErrorCode } from '../errors';
import { anonymous, type Principal } from './roles';
import type { TokenVerifier } from './tokens';

function rejected(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

/**
 * The request's principal from its Authorization header: none means anonymous (reading needs no
 * token); a token that is malformed, expired or wrongly signed rejects the whole request, so a
 * client learns at once that its credentials are bad rather than reading as anonymous.
 */
export async function authenticate(header: string | undefined, verify: TokenVerifier): Promise<Principal> {
  if (!header) return anonymous;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw rejected('The Authorization header must be "Bearer <token>".');
  try {
    return await verify(match[1]!);
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw rejected('The bearer token has expired.');
    throw rejected('The bearer token is not valid (bad signature, format, issuer or audience).');
  }
}
