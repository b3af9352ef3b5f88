import { EntityRepository, type FilterQuery } from '@mikro-orm/postgresql';
import { UNRESTRICTED, type ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { containsPattern, CREATION_ORDER, createdAfter, inScope, isUuid } from '@imis/persistence';
import type { CareTypeCode, HealthFacilityLevelCode } from '../domain/health-facility-codes';
import type { HealthFacility } from './health-facility.entity';

export interface HealthFacilityFilter {
  code?: string | null;
  name?: string | null;
  level?: HealthFacilityLevelCode | null;
  careType?: CareTypeCode | null;
  districtId?: string | null;
}

/**
 * Queries of current health facilities. Reads for a caller take its scope (locations it may see) as a
 * condition on the facility's district, in the SQL; commands read unscoped and check the scope themselves.
 */
export class HealthFacilityRepository extends EntityRepository<HealthFacility> {
  findCurrent(id: string | null | undefined, scope: ScopeFilter = UNRESTRICTED): Promise<HealthFacility | null> {
    return isUuid(id)
      ? this.findOne({ $and: [{ id, deletedAt: null }, ...inScope<HealthFacility>(scope, 'district_id')] })
      : Promise.resolve(null);
  }

  findCurrentByIds(ids: readonly string[], scope: ScopeFilter = UNRESTRICTED): Promise<HealthFacility[]> {
    return this.find({ $and: [{ id: { $in: ids.filter(isUuid) }, deletedAt: null }, ...inScope<HealthFacility>(scope, 'district_id')] });
  }

  /** Whether a facility, current or deleted, lies in a district of the scope (to read its history). */
  async existsInScope(id: string, scope: ScopeFilter): Promise<boolean> {
    if (!isUuid(id)) return false;
    return (await this.count({ $and: [{ id }, ...inScope<HealthFacility>(scope, 'district_id')] })) > 0;
  }

  async isCodeTaken(code: string, exceptId?: string): Promise<boolean> {
    const where: FilterQuery<HealthFacility> = { code, deletedAt: null };
    if (exceptId) where.id = { $ne: exceptId };
    return (await this.count(where)) > 0;
  }

  countCurrentInDistrict(districtId: string): Promise<number> {
    return this.count({ district: districtId, deletedAt: null });
  }

  /**
   * One page of the current health facilities whose district is in the scope, in creation order, and how many
   * match in all (the scope is a condition of both statements).
   */
  async search(filter: HealthFacilityFilter, page: Page, scope: ScopeFilter): Promise<{ rows: HealthFacility[]; totalCount: number }> {
    const where = this.filterQuery(filter);
    if (where === undefined) return { rows: [], totalCount: 0 };
    const matching = (): FilterQuery<HealthFacility> => ({ $and: [where, ...inScope<HealthFacility>(scope, 'district_id')] });
    const pageWhere = { $and: [matching(), ...createdAfter<HealthFacility>(page.after)] };
    const rows = page.size === 0 ? [] : await this.find(pageWhere, { orderBy: CREATION_ORDER, limit: page.size + 1 });
    return { rows, totalCount: await this.count(matching()) };
  }

  /** `undefined` when the filter can match nothing (an id that is not a UUID). */
  private filterQuery(filter: HealthFacilityFilter): FilterQuery<HealthFacility> | undefined {
    const where: Record<string, unknown> = { deletedAt: null };
    if (filter.code) where.code = filter.code.trim();
    if (filter.name) where.name = { $ilike: containsPattern(filter.name.trim()) };
    if (filter.level) where.level = filter.level;
    if (filter.careType) where.careType = filter.careType;
    if (filter.districtId !== undefined && filter.districtId !== null) {
      if (!isUuid(filter.districtId)) return undefined;
      where.district = filter.districtId;
    }
    return where as FilterQuery<HealthFacility>;
  }
}
