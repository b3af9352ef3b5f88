import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isRightCode } from '@imis/auth';
import { flushOrRefuse, orRefuse, refuse } from '@imis/application';
import { isUuid } from '@imis/persistence';
import { checkGrantable } from '../../domain/grant-rules';
import { checkRoleFields, type RoleFieldsInput } from '../../domain/role-fields';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { Role } from '../../infrastructure/role.entity';
import { ROLE_NAME_UNIQUE_INDEX } from '../../infrastructure/user.indexes';
import { runCommand, type AdminCommandMeta } from '../caller';
import { roleView, type RoleView } from './role.view';

export interface UpdateRoleData extends RoleFieldsInput {
  id: string;
  version?: number | null;
}

type RoleResult = Promise<{ role: RoleView }>;

/** Creating, replacing and deleting custom roles; system roles can be changed but never deleted. */
@Injectable()
export class RoleHandlers {
  constructor(private readonly em: EntityManager) {}

  create(data: RoleFieldsInput, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'createRole' }, async (tx): RoleResult => {
      const [fields] = orRefuse(checkRoleFields(data, isRightCode));
      checkRightsHeld(fields.rights, meta);
      if (await isRoleNameTaken(tx, fields.name)) refuse(userAdminErrors.roleNameTaken(fields.name));
      const role = tx.create(Role, { ...fields, changedBy: meta.actor });
      await flushOrRefuse(tx, { [ROLE_NAME_UNIQUE_INDEX]: () => userAdminErrors.roleNameTaken(fields.name) });
      return { role: roleView(role) };
    });
  }

  update({ id, version, ...data }: UpdateRoleData, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'updateRole' }, async (tx): RoleResult => {
      const role = (await findRole(tx, id)) ?? refuse(userAdminErrors.notFound('ROLE'));
      checkManageable(role, meta);
      if (version != null && version !== role.version) refuse(userAdminErrors.versionConflict(role.version));
      const [fields] = orRefuse(checkRoleFields(data, isRightCode));
      checkRightsHeld(fields.rights, meta);
      if (await isRoleNameTaken(tx, fields.name, role.id)) refuse(userAdminErrors.roleNameTaken(fields.name));
      tx.assign(role, fields);
      role.markChanged(meta.actor);
      await flushOrRefuse(tx, { [ROLE_NAME_UNIQUE_INDEX]: () => userAdminErrors.roleNameTaken(fields.name) });
      return { role: roleView(role) };
    });
  }

  /** A custom copy of a role (system or not) under a new name, with the same rights. */
  duplicate({ id, name }: { id: string; name: string }, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'duplicateRole' }, async (tx): RoleResult => {
      const source = (await findRole(tx, id)) ?? refuse(userAdminErrors.notFound('ROLE'));
      const [fields] = orRefuse(checkRoleFields({ name, rights: source.rights, altLanguage: source.altLanguage }, isRightCode));
      checkRightsHeld(fields.rights, meta);
      if (await isRoleNameTaken(tx, fields.name)) refuse(userAdminErrors.roleNameTaken(fields.name));
      const role = tx.create(Role, { ...fields, changedBy: meta.actor });
      await flushOrRefuse(tx, { [ROLE_NAME_UNIQUE_INDEX]: () => userAdminErrors.roleNameTaken(fields.name) });
      return { role: roleView(role) };
    });
  }

  delete({ id }: { id: string }, meta: AdminCommandMeta) {
    return runCommand(this.em, { ...meta, operation: 'deleteRole' }, async (tx): RoleResult => {
      const role = (await findRole(tx, id)) ?? refuse(userAdminErrors.notFound('ROLE'));
      if (role.systemBits !== 0) refuse(userAdminErrors.systemRoleReadOnly());
      checkManageable(role, meta);
      const [{ count }] = await tx.execute<{ count: string }[]>(
        'select count(*) from app_user where deleted_at is null and ? = any(role_ids)',
        [role.id],
      );
      if (Number(count) > 0) refuse(userAdminErrors.roleInUse(Number(count)));
      role.markDeleted(meta.actor);
      await tx.flush();
      return { role: roleView(role) };
    });
  }
}

function findRole(em: EntityManager, id: string): Promise<Role | null> {
  return isUuid(id) ? em.findOne(Role, { id, deletedAt: null }) : Promise.resolve(null);
}

async function isRoleNameTaken(em: EntityManager, name: string, exceptId?: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>('select id from role where deleted_at is null and lower(name) = lower(?)', [name]);
  return rows.some((row) => row.id !== exceptId);
}

/** A non-administrator changes or deletes only roles it could grant (never the IMIS Administrator role). */
function checkManageable(role: Role, { caller }: AdminCommandMeta): void {
  const grantable = checkGrantable(caller.user, [role]);
  if (!grantable.ok) refuse(...grantable.errors);
}

/** No escalation through roles either: a non-administrator puts in a role only rights it holds. */
function checkRightsHeld(rights: readonly number[], { caller }: AdminCommandMeta): void {
  const missing = caller.user.isAdministrator ? [] : rights.filter((right) => !caller.user.rights.has(right));
  if (missing.length > 0) refuse(userAdminErrors.rightNotGrantable(missing));
}
