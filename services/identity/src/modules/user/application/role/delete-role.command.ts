import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { userAdminErrors } from '../../domain/user-admin.errors';
import type { AdminCommandMeta } from '../admin-command-meta';
import { refuseUnlessManageable } from './role-grants';
import { findRole } from './role-records';
import { roleView, type RoleView } from './role.view';

export interface DeleteRoleData {
  id: string;
}

/** Soft-deletes a custom role no current user holds (kept as history); system roles are never deleted. */
@Injectable()
export class DeleteRole implements UseCase<DeleteRoleData, { role: RoleView }, AdminCommandMeta> {
  readonly operation = 'deleteRole';

  async execute(tx: EntityManager, { id }: DeleteRoleData, { actor, caller }: AdminCommandMeta): Promise<{ role: RoleView }> {
    const role = (await findRole(tx, id)) ?? refuse(userAdminErrors.notFound('ROLE'));
    if (role.systemBits !== 0) refuse(userAdminErrors.systemRoleReadOnly());
    refuseUnlessManageable(role, caller);
    const [{ count }] = await tx.execute<{ count: string }[]>('select count(*) from app_user where deleted_at is null and ? = any(role_ids)', [role.id]);
    if (Number(count) > 0) refuse(userAdminErrors.roleInUse(Number(count)));
    role.markDeleted(actor);
    await tx.flush();
    return { role: roleView(role) };
  }
}
