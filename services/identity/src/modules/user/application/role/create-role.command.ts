import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { isRightCode } from '@imis/auth';
import { checkRoleFields, type RoleFieldsInput } from '../../domain/role-fields';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { Role } from '../../infrastructure/role.entity';
import { ROLE_NAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { refuseRightsNotHeld } from './role-grants';
import { isRoleNameTaken } from './role-records';
import { roleView, type RoleView } from './role.view';

export type CreateRoleData = RoleFieldsInput;

/** Creates a custom role holding only rights the caller has (roles have no events: rights travel in tokens). */
@Injectable()
export class CreateRole implements UseCase<CreateRoleData, { role: RoleView }, AdminCommandMeta> {
  readonly operation = 'createRole';

  async execute(tx: EntityManager, data: CreateRoleData, { actor, caller }: AdminCommandMeta): Promise<{ role: RoleView }> {
    const [fields] = orRefuse(checkRoleFields(data, isRightCode));
    refuseRightsNotHeld(fields.rights, caller);
    if (await isRoleNameTaken(tx, fields.name)) refuse(userAdminErrors.roleNameTaken(fields.name));
    const role = tx.create(Role, { ...fields, changedBy: actor });
    await flushOrRefuse(tx, { [ROLE_NAME_UNIQUE_INDEX]: () => userAdminErrors.roleNameTaken(fields.name) });
    return { role: roleView(role) };
  }
}
