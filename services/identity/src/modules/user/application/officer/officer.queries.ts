import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { findHistory, isUuid } from '@imis/persistence';
import { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { findPage, nameContains, NO_ROWS, type ListPage } from '../list-page';
import { officerVersionView, officerView, type OfficerVersionView, type OfficerView } from './officer.view';

export interface OfficerFilter {
  code?: string | null;
  name?: string | null;
  villageId?: string | null;
}

/** Officers outside an administrator: those with a village inside the caller's data scope. */
export function officerScopeCondition(scope: ScopeFilter): FilterQuery<EnrolmentOfficer> {
  return scope.everywhere ? {} : { villageIds: { $overlap: [...scope.locationIds] } };
}

@Injectable()
export class OfficerQueries {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string, scope: ScopeFilter): Promise<OfficerView | null> {
    if (!isUuid(id)) return null;
    const officer = await this.em.findOne(EnrolmentOfficer, { $and: [{ id, deletedAt: null }, officerScopeCondition(scope)] });
    return officer && officerView(officer);
  }

  async search(filter: OfficerFilter, page: Page, scope: ScopeFilter): Promise<ListPage<OfficerView>> {
    const conditions: FilterQuery<EnrolmentOfficer>[] = [{ deletedAt: null }, officerScopeCondition(scope)];
    if (filter.code) conditions.push({ code: filter.code.trim() });
    if (filter.name) conditions.push(nameContains(filter.name));
    if (filter.villageId != null) {
      if (!isUuid(filter.villageId)) return NO_ROWS;
      conditions.push({ villageIds: { $contains: [filter.villageId] } });
    }
    return findPage(this.em, EnrolmentOfficer, conditions, page, officerView);
  }

  async history(id: string, scope: ScopeFilter): Promise<OfficerVersionView[]> {
    if (!isUuid(id)) return [];
    if (!scope.everywhere && (await this.em.count(EnrolmentOfficer, { $and: [{ id }, officerScopeCondition(scope)] })) === 0) return [];
    return (await findHistory(this.em, EnrolmentOfficer.name, id)).map(officerVersionView);
  }
}
