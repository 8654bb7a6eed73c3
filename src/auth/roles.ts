import { forbidden, unauthenticated } from '../errors';

/** What a request may do: anyone reads, curators write, admins also merge. */
export type Role = 'reader' | 'curator' | 'admin';

export interface Principal {
  /** The token's subject, or `anonymous`; recorded as the actor in change history. */
  subject: string;
  roles: Role[];
  authenticated: boolean;
}

export const anonymous: Principal = { subject: 'anonymous', roles: [], authenticated: false };

/** admin implies curator. */
function holds(principal: Principal, role: Role): boolean {
  return principal.roles.includes(role) || (role === 'curator' && principal.roles.includes('admin'));
}

/** UNAUTHENTICATED without a token, FORBIDDEN with one that lacks the role. */
export function requireRole(principal: Principal, role: Role, action: string): void {
  if (!principal.authenticated) throw unauthenticated(`${action} needs a bearer token with the ${role} role`);
  if (!holds(principal, role))
    throw forbidden(`${action} needs the ${role} role; this token has ${principal.roles.join(', ') || 'no roles'}`);
}
