import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { isRightCode } from '@imis/auth';
import { checkRoleFields, ROLE_FIELD_NAMES, type RoleFieldsInput } from '../../domain/role-fields';
import { fieldsOf, sentOver } from '../../domain/sent-over';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { ROLE_NAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import type { AdminCommandMeta } from '../admin-command-meta';
import { refuseRightsNotHeld, refuseUnlessManageable } from './role-grants';
import { findRole, isRoleNameTaken } from './role-records';
import { roleView, type RoleView } from './role.view';

export interface UpdateRoleData extends RoleFieldsInput {
  id: string;
  /** When given, the version the client read: a different current version is a conflict. */
  version?: number | null;
}

/** Changes the fields sent of a role (name, rights, blocked flag, alternative name; absent ones unchanged; system roles too); the previous version goes to history. */
@Injectable()
export class UpdateRole implements UseCase<UpdateRoleData, { role: RoleView }, AdminCommandMeta> {
  readonly operation = 'updateRole';

  async execute(tx: EntityManager, { id, version, ...data }: UpdateRoleData, { actor, caller }: AdminCommandMeta): Promise<{ role: RoleView }> {
    const role = (await findRole(tx, id)) ?? refuse(userAdminErrors.notFound('ROLE'));
    refuseUnlessManageable(role, caller);
    expectVersion(role, version);
    const [fields] = orRefuse(checkRoleFields(sentOver<RoleFieldsInput>(fieldsOf(role, ROLE_FIELD_NAMES), data), isRightCode));
    refuseRightsNotHeld(fields.rights, caller);
    if (await isRoleNameTaken(tx, fields.name, role.id)) refuse(userAdminErrors.roleNameTaken(fields.name));
    tx.assign(role, fields);
    role.markChanged(actor);
    await flushOrRefuse(tx, { [ROLE_NAME_UNIQUE_INDEX]: () => userAdminErrors.roleNameTaken(fields.name) });
    return { role: roleView(role) };
  }
}
