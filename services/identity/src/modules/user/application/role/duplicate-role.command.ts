import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { isRightCode } from '@imis/auth';
import { checkRoleFields } from '../../domain/role-fields';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { Role } from '../../infrastructure/role.entity';
import { ROLE_NAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { refuseRightsNotHeld } from './role-grants';
import { findRole, isRoleNameTaken } from './role-records';
import { roleView, type RoleView } from './role.view';

export interface DuplicateRoleData {
  /** The role copied (system or not). */
  id: string;
  /** The copy's name. */
  name: string;
}

/** A custom copy of a role (system or not) under a new name, with the same rights. */
@Injectable()
export class DuplicateRole implements UseCase<DuplicateRoleData, { role: RoleView }, AdminCommandMeta> {
  readonly operation = 'duplicateRole';

  async execute(tx: EntityManager, { id, name }: DuplicateRoleData, { actor, caller }: AdminCommandMeta): Promise<{ role: RoleView }> {
    const source = (await findRole(tx, id)) ?? refuse(userAdminErrors.notFound('ROLE'));
    const [fields] = orRefuse(checkRoleFields({ name, rights: source.rights, altLanguage: source.altLanguage }, isRightCode));
    refuseRightsNotHeld(fields.rights, caller);
    if (await isRoleNameTaken(tx, fields.name)) refuse(userAdminErrors.roleNameTaken(fields.name));
    const role = tx.create(Role, { ...fields, changedBy: actor });
    await flushOrRefuse(tx, { [ROLE_NAME_UNIQUE_INDEX]: () => userAdminErrors.roleNameTaken(fields.name) });
    return { role: roleView(role) };
  }
}
