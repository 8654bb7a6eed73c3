import type { Role } from '../auth/roles';
import { hmacSecret, signToken } from '../auth/tokens';
import { durationSeconds, loadConfig } from '../config';
import { exitCodes, OperatorError } from './failures';

export interface TokenOptions {
  role: Role[];
  sub: string;
  expires: string;
}

/** `fascia token --role curator`: prints a bearer token, signed with the service's secret, alone on its line. */
export async function runToken(options: TokenOptions): Promise<void> {
  const config = loadConfig();
  if (!/^[0-9]+[smhd]$/.test(options.expires))
    throw new OperatorError(
      `--expires: must be a duration such as 30m or 12h, got "${options.expires}"`,
      exitCodes.usage,
    );
  if (durationSeconds(options.expires) > config.auth.maxTokenLifetimeSeconds) {
    throw new OperatorError(
      `--expires: ${options.expires} is longer than FASCIA_JWT_MAX_LIFETIME allows (${config.auth.maxTokenLifetimeSeconds} s)`,
      exitCodes.usage,
    );
  }
  const token = await signToken(hmacSecret(config), {
    subject: options.sub,
    roles: options.role,
    expiresIn: options.expires,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  });
  console.log(token);
}
