import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Page } from '@imis/graphql';
import { containsPattern, findHistory, isUuid } from '@imis/persistence';
import { Role } from '../../infrastructure/role.entity';
import { findPage, type ListPage } from '../list-page';
import { roleVersionView, roleView, type RoleVersionView, type RoleView } from './role.view';

export interface RoleFilter {
  name?: string | null;
  isSystem?: boolean | null;
  blocked?: boolean | null;
}

/** Read side of roles (not location-scoped: roles name rights, not data). */
@Injectable()
export class RoleQueries {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<RoleView | null> {
    const role = isUuid(id) ? await this.em.findOne(Role, { id, deletedAt: null }) : null;
    return role && roleView(role);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, RoleView>> {
    const roles = await this.em.find(Role, { id: { $in: ids.filter(isUuid) }, deletedAt: null });
    return new Map(roles.map((role) => [role.id, roleView(role)]));
  }

  async search(filter: RoleFilter, page: Page): Promise<ListPage<RoleView>> {
    const conditions: FilterQuery<Role>[] = [{ deletedAt: null }];
    if (filter.name) conditions.push({ name: { $ilike: containsPattern(filter.name.trim()) } });
    if (filter.isSystem != null) conditions.push({ systemBits: filter.isSystem ? { $ne: 0 } : 0 });
    if (filter.blocked != null) conditions.push({ blocked: filter.blocked });
    return findPage(this.em, Role, conditions, page, roleView);
  }

  async history(id: string): Promise<RoleVersionView[]> {
    if (!isUuid(id)) return [];
    return (await findHistory(this.em, Role.name, id)).map(roleVersionView);
  }
}
