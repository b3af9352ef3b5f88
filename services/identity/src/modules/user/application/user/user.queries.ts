import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, findHistory, isUuid } from '@imis/persistence';
import { AppUser } from '../../infrastructure/app-user.entity';
import { findPage, nameContains, NO_ROWS, type ListPage } from '../list-page';
import { userVersionView, userView, type UserVersionView, type UserView } from './user.view';

export interface UserFilter {
  username?: string | null;
  name?: string | null;
  roleId?: string | null;
  districtId?: string | null;
}

/** Users outside an administrator: those with at least one district inside the caller's data scope. */
export function userScopeCondition(scope: ScopeFilter): FilterQuery<AppUser> {
  return scope.everywhere ? {} : { districtIds: { $overlap: [...scope.locationIds] } };
}

/** Read side of users: current ones, limited to the caller's scope; history apart. */
@Injectable()
export class UserQueries {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string, scope: ScopeFilter): Promise<UserView | null> {
    if (!isUuid(id)) return null;
    const user = await this.em.findOne(AppUser, { $and: [{ id, deletedAt: null }, userScopeCondition(scope)] });
    return user && userView(user);
  }

  async search(filter: UserFilter, page: Page, scope: ScopeFilter): Promise<ListPage<UserView>> {
    const conditions: FilterQuery<AppUser>[] = [{ deletedAt: null }, userScopeCondition(scope)];
    if (filter.username) conditions.push({ username: { $ilike: containsPattern(filter.username.trim()) } });
    if (filter.name) conditions.push(nameContains(filter.name));
    for (const [field, id] of [['roleIds', filter.roleId], ['districtIds', filter.districtId]] as const) {
      if (id === undefined || id === null) continue;
      if (!isUuid(id)) return NO_ROWS;
      conditions.push({ [field]: { $contains: [id] } });
    }
    return findPage(this.em, AppUser, conditions, page, userView);
  }

  /** Past versions, oldest first, of a user (current or deleted) the caller may see. */
  async history(id: string, scope: ScopeFilter): Promise<UserVersionView[]> {
    if (!isUuid(id)) return [];
    if (!scope.everywhere && (await this.em.count(AppUser, { $and: [{ id }, userScopeCondition(scope)] })) === 0) return [];
    return (await findHistory(this.em, AppUser.name, id)).map(userVersionView);
  }
}
