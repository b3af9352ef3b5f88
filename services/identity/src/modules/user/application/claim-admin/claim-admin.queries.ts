import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { healthFacilitiesInDistricts } from '@imis/location-projection';
import { findHistory, isUuid } from '@imis/persistence';
import { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';
import { findPage, nameContains, NO_ROWS, type ListPage } from '../list-page';
import { claimAdminVersionView, claimAdminView, type ClaimAdminVersionView, type ClaimAdminView } from './claim-admin.view';

export interface ClaimAdminFilter {
  code?: string | null;
  name?: string | null;
  healthFacilityId?: string | null;
}

/** Claim administrators outside an administrator: those whose facility's district is in the caller's data scope. */
export async function claimAdminScopeCondition(em: EntityManager, scope: ScopeFilter): Promise<FilterQuery<ClaimAdministrator>> {
  if (scope.everywhere) return {};
  const facilities = await healthFacilitiesInDistricts(em, scope.locationIds, { includeDeleted: true });
  return { healthFacilityId: { $in: facilities.map((facility) => facility.id) } };
}

@Injectable()
export class ClaimAdminQueries {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string, scope: ScopeFilter): Promise<ClaimAdminView | null> {
    if (!isUuid(id)) return null;
    const admin = await this.em.findOne(ClaimAdministrator, { $and: [{ id, deletedAt: null }, await claimAdminScopeCondition(this.em, scope)] });
    return admin && claimAdminView(admin);
  }

  async search(filter: ClaimAdminFilter, page: Page, scope: ScopeFilter): Promise<ListPage<ClaimAdminView>> {
    const conditions: FilterQuery<ClaimAdministrator>[] = [{ deletedAt: null }, await claimAdminScopeCondition(this.em, scope)];
    if (filter.code) conditions.push({ code: filter.code.trim() });
    if (filter.name) conditions.push(nameContains(filter.name));
    if (filter.healthFacilityId != null) {
      if (!isUuid(filter.healthFacilityId)) return NO_ROWS;
      conditions.push({ healthFacilityId: filter.healthFacilityId });
    }
    return findPage(this.em, ClaimAdministrator, conditions, page, claimAdminView);
  }

  async history(id: string, scope: ScopeFilter): Promise<ClaimAdminVersionView[]> {
    if (!isUuid(id)) return [];
    const visible = await this.em.count(ClaimAdministrator, { $and: [{ id }, await claimAdminScopeCondition(this.em, scope)] });
    if (visible === 0) return [];
    return (await findHistory(this.em, ClaimAdministrator.name, id)).map(claimAdminVersionView);
  }
}
