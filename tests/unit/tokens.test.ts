import { SignJWT } from 'jose';
import { authenticate } from '../../src/auth/authenticate';
import { createTokenVerifier, signToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';

const secretText = 'unit-test-secret-that-is-long-enough-0123456789';
const secret = new TextEncoder().encode(secretText);
const config = loadConfig({ FASCIA_JWT_SECRET: secretText, FASCIA_JWT_MAX_LIFETIME: '1h' });
const verify = createTokenVerifier(config);
const header = (token: string) => `Bearer ${token}`;
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly these claims. */
function raw(claims: Record<string, unknown>, exp?: number, iat?: number): Promise<string> {
  let jwt = new SignJWT({ roles: ['curator'], ...claims }).setProtectedHeader({ alg: 'HS256' });
  if (exp !== undefined) jwt = jwt.setExpirationTime(exp);
  if (iat !== undefined) jwt = jwt.setIssuedAt(iat);
  return jwt.sign(secret);
}

const refusal = async (token: string) => {
  try {
    await authenticate(header(token), verify);
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected the token to be refused');
};

describe('bearer tokens', () => {
  it('accepts a signed, expiring token and reads its subject and known roles', async () => {
    const token = await signToken(secret, { subject: 'ada', roles: ['curator'], expiresIn: '30m' });
    expect(await authenticate(header(token), verify)).toEqual({
      subject: 'ada',
      roles: ['curator'],
      authenticated: true,
    });
    const extra = await raw({ sub: 'ada', roles: ['admin', 'wizard'] }, now() + 60);
    expect((await authenticate(header(extra), verify)).roles).toEqual(['admin']);
  });

  it('reads a request without a token as anonymous', async () => {
    expect(await authenticate(undefined, verify)).toMatchObject({ subject: 'anonymous', authenticated: false });
  });

  it.each([
    ['no exp', () => raw({ sub: 'ada' }), 'no expiry'],
    [
      'exp beyond the maximum lifetime',
      () => raw({ sub: 'ada' }, now() + 7200),
      'lives longer than this service allows',
    ],
    ['iat to exp beyond it', () => raw({ sub: 'ada' }, now() + 60, now() - 7200), 'lives longer'],
    ['an expired token', () => raw({ sub: 'ada' }, now() - 60), 'has expired'],
    ['no subject', () => raw({}, now() + 60), 'subject (sub) must be printable'],
    ['a 201-character subject', () => raw({ sub: 'x'.repeat(201) }, now() + 60), 'subject (sub)'],
    ['a subject with a NUL', () => raw({ sub: 'ada\u0000' }, now() + 60), 'subject (sub)'],
    ['a subject with a newline', () => raw({ sub: 'ada\nroot' }, now() + 60), 'subject (sub)'],
    ['a blank subject', () => raw({ sub: '   ' }, now() + 60), 'subject (sub)'],
    [
      'a wrong signature',
      () => signToken(new TextEncoder().encode('x'.repeat(40)), { subject: 'ada', roles: [] }),
      'not valid',
    ],
  ])('refuses %s with UNAUTHENTICATED (HTTP 401)', async (_what, make, message) => {
    const error = await refusal(await make());
    expect(error.message).toContain(message);
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('refuses a malformed Authorization header', async () => {
    await expect(authenticate('Token abc', verify)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
