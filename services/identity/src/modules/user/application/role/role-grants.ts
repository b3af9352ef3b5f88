import { refuse } from '@imis/application';
import { checkGrantable } from '../../domain/grant-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import type { Role } from '../../infrastructure/role.entity';
import type { Caller } from '../admin-command-meta';

/** A non-administrator changes or deletes only roles it could grant (never the IMIS Administrator role). */
export function refuseUnlessManageable(role: Role, caller: Caller): void {
  const grantable = checkGrantable(caller.user, [role]);
  if (!grantable.ok) refuse(...grantable.errors);
}

/** No escalation through roles either: a non-administrator puts in a role only rights it holds. */
export function refuseRightsNotHeld(rights: readonly number[], caller: Caller): void {
  const missing = caller.user.isAdministrator ? [] : rights.filter((right) => !caller.user.rights.has(right));
  if (missing.length > 0) refuse(userAdminErrors.rightNotGrantable(missing));
}
