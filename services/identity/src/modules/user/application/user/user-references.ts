import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainError } from '@imis/kernel';
import { checkGrantable } from '../../domain/grant-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import type { UserFields } from '../../domain/user-fields';
import type { Caller } from '../admin-command-meta';
import { checkDistricts, checkHealthFacility, currentRoles } from '../references';

/**
 * Checks what a user's fields point at and what the caller may give: the roles exist and the caller may
 * grant them (for a non-administrator, the roles the user already holds count too, so nobody manages a
 * user more powerful than themselves); the districts and facility exist and lie in the caller's scope
 * (one outside it is refused as unknown).
 */
export async function userReferenceErrors(em: EntityManager, fields: UserFields, caller: Caller, current?: Pick<UserFields, 'roleIds'>): Promise<DomainError[]> {
  const alreadyHeld = current?.roleIds ?? [];
  const errors: DomainError[] = [];
  const roles = await currentRoles(em, [...new Set([...fields.roleIds, ...alreadyHeld])]);
  const missing = fields.roleIds.filter((id) => !roles.some((role) => role.id === id));
  if (missing.length > 0) errors.push(userAdminErrors.unknownRole(missing));
  const grantable = checkGrantable(caller.user, roles);
  if (!grantable.ok) errors.push(...grantable.errors);
  await checkDistricts(em, fields.districtIds, caller.scope, errors);
  await checkHealthFacility(em, fields.healthFacilityId, caller.scope, errors);
  return errors;
}
