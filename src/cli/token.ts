import { Command, Option } from 'commander';
import type { Role } from '../auth/roles';
import { hmacSecret, signToken } from '../auth/tokens';
import { durationSeconds, loadConfig } from '../config';

/** `npm run token -- --role curator`: a bearer token for local use, signed with the service's secret. */
async function main(): Promise<void> {
  const options = new Command('token')
    .description('Print a signed bearer token (HS256) that this service accepts')
    .addOption(
      new Option('-r, --role <role...>', 'roles to grant').choices(['reader', 'curator', 'admin']).default(['curator']),
    )
    .option(
      '-s, --sub <subject>',
      'who the token names (recorded in change history)',
      process.env.USER ?? 'local-curator',
    )
    .option('-e, --expires <duration>', 'lifetime, e.g. 30m, 2h, 1d (at most FASCIA_JWT_MAX_LIFETIME)', '12h')
    .parse()
    .opts<{ role: Role[]; sub: string; expires: string }>();
  const config = loadConfig();
  if (!/^[0-9]+[smhd]$/.test(options.expires))
    throw new Error(`--expires: must be a duration such as 30m or 12h, got "${options.expires}"`);
  if (durationSeconds(options.expires) > config.auth.maxTokenLifetimeSeconds) {
    throw new Error(
      `--expires: ${options.expires} is longer than FASCIA_JWT_MAX_LIFETIME allows (${config.auth.maxTokenLifetimeSeconds} s)`,
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

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
