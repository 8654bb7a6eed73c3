import { SignJWT } from 'jose';
import { signToken } from '../../src/auth/tokens';
import type { Role } from '../../src/auth/roles';

const secret = () => new TextEncoder().encode(process.env.FASCIA_JWT_SECRET!);

export async function bearer(
  roles: Role[],
  subject = `test-${roles.join('-') || 'none'}`,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken(secret(), { subject, roles })}` };
}

export async function expiredBearer(): Promise<Record<string, string>> {
  const token = await new SignJWT({ roles: ['curator'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('test-expired')
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
    .sign(secret());
  return { authorization: `Bearer ${token}` };
}

export async function wronglySignedBearer(): Promise<Record<string, string>> {
  const token = await signToken(new TextEncoder().encode('another-secret-that-is-at-least-32-characters'), {
    subject: 'test-forged',
    roles: ['admin'],
  });
  return { authorization: `Bearer ${token}` };
}
