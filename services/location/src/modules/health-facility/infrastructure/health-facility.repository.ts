import { EntityRepository, type FilterQuery } from '@mikro-orm/postgresql';
import type { Page } from '@imis/graphql';
import { containsPattern, isUuid } from '@imis/persistence';
import type { CareTypeCode, HealthFacilityLevelCode } from '../domain/health-facility-codes';
import type { HealthFacility } from './health-facility.entity';

export interface HealthFacilityFilter {
  code?: string | null;
  name?: string | null;
  level?: HealthFacilityLevelCode | null;
  careType?: CareTypeCode | null;
  districtId?: string | null;
}

/** Queries of current health facilities. */
export class HealthFacilityRepository extends EntityRepository<HealthFacility> {
  findCurrent(id: string | null | undefined): Promise<HealthFacility | null> {
    return isUuid(id) ? this.findOne({ id, deletedAt: null }) : Promise.resolve(null);
  }

  findCurrentByIds(ids: readonly string[]): Promise<HealthFacility[]> {
    return this.find({ id: { $in: ids.filter(isUuid) }, deletedAt: null });
  }

  async isCodeTaken(code: string, exceptId?: string): Promise<boolean> {
    const where: FilterQuery<HealthFacility> = { code, deletedAt: null };
    if (exceptId) where.id = { $ne: exceptId };
    return (await this.count(where)) > 0;
  }

  countCurrentInDistrict(districtId: string): Promise<number> {
    return this.count({ district: districtId, deletedAt: null });
  }

  /** One page of current health facilities in id order, and how many match the filter in all. */
  async search(filter: HealthFacilityFilter, page: Page): Promise<{ rows: HealthFacility[]; totalCount: number }> {
    const where = this.filterQuery(filter);
    if (where === undefined) return { rows: [], totalCount: 0 };
    const pageWhere = page.afterId ? { $and: [where, { id: { $gt: page.afterId } }] } : where;
    const rows = page.size === 0 ? [] : await this.find(pageWhere, { orderBy: { id: 'asc' }, limit: page.size + 1 });
    return { rows, totalCount: await this.count(where) };
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
