import type { RoleVersionView, RoleView } from '../application/role/role.view';
import { RoleModel, RoleVersionModel } from './role.models';
import { withDates } from './versioned.model';

export function toRoleModel(view: RoleView): RoleModel {
  return Object.assign(new RoleModel(), withDates(view), { isSystem: view.systemBits !== 0 });
}

export function toRoleVersionModel(view: RoleVersionView): RoleVersionModel {
  return Object.assign(new RoleVersionModel(), withDates(view), { isSystem: view.systemBits !== 0 });
}
