import { ok, refused, type Result } from '@imis/kernel';
import { userAdminErrors } from './user-admin.errors';

export const IMIS_ADMINISTRATOR_ROLE_BIT = 64;

export interface GrantedRole {
  id: string;
  name: string;
  systemBits: number;
  rights: readonly number[];
}

export interface Granter {
  isAdministrator: boolean;
  rights: ReadonlySet<number>;
}

/**
 * No escalation: an administrator grants any role; anyone else only roles whose rights it holds itself,
 * and never the IMIS Administrator role (which passes every check).
 */
export function checkGrantable(granter: Granter, roles: readonly GrantedRole[]): Result<void> {
  if (granter.isAdministrator) return ok(undefined);
  const refusedRoles = roles.filter(
    (role) => (role.systemBits & IMIS_ADMINISTRATOR_ROLE_BIT) !== 0 || role.rights.some((right) => !granter.rights.has(right)),
  );
  return refusedRoles.length === 0 ? ok(undefined) : refused(userAdminErrors.roleNotGrantable(refusedRoles.map((role) => role.name)));
}
