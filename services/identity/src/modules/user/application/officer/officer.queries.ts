import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, findHistory, isUuid } from '@imis/persistence';
import { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
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

  async search(filter: OfficerFilter, page: Page, scope: ScopeFilter): Promise<{ rows: OfficerView[]; totalCount: number }> {
    const conditions: FilterQuery<EnrolmentOfficer>[] = [{ deletedAt: null }, officerScopeCondition(scope)];
    if (filter.code) conditions.push({ code: filter.code.trim() });
    if (filter.name) {
      const pattern = containsPattern(filter.name.trim());
      conditions.push({ $or: [{ lastName: { $ilike: pattern } }, { otherNames: { $ilike: pattern } }] });
    }
    if (filter.villageId != null) {
      if (!isUuid(filter.villageId)) return { rows: [], totalCount: 0 };
      conditions.push({ villageIds: { $contains: [filter.villageId] } });
    }
    const pageConditions = page.afterId ? [...conditions, { id: { $gt: page.afterId } }] : conditions;
    const rows = page.size === 0 ? [] : await this.em.find(EnrolmentOfficer, { $and: pageConditions }, { orderBy: { id: 'asc' }, limit: page.size + 1 });
    return { rows: rows.map(officerView), totalCount: await this.em.count(EnrolmentOfficer, { $and: conditions }) };
  }

  async history(id: string, scope: ScopeFilter): Promise<OfficerVersionView[]> {
    if (!isUuid(id)) return [];
    if (!scope.everywhere && (await this.em.count(EnrolmentOfficer, { $and: [{ id }, officerScopeCondition(scope)] })) === 0) return [];
    return (await findHistory(this.em, EnrolmentOfficer.name, id)).map(officerVersionView);
  }
}
