import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { type CreationKey, findHistory, isUuid, listedAs } from '@imis/persistence';
import { HealthFacility } from '../infrastructure/health-facility.entity';
import type { HealthFacilityFilter } from '../infrastructure/health-facility.repository';
import { healthFacilityVersionView, type HealthFacilityVersionView } from './health-facility-version.view';
import { healthFacilityView, type HealthFacilityView } from './health-facility.view';

/**
 * Read side of health facilities: current ones only, history apart. Every read takes the caller's scope
 * (the locations it may see): a facility whose district is outside it does not exist for the caller.
 */
@Injectable()
export class HealthFacilityQueries {
  constructor(private readonly em: EntityManager) {}

  private get facilities() {
    return this.em.getRepository(HealthFacility);
  }

  async byId(id: string, scope: ScopeFilter): Promise<HealthFacilityView | null> {
    const facility = await this.facilities.findCurrent(id, scope);
    return facility && healthFacilityView(facility);
  }

  async byIds(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, HealthFacilityView>> {
    const found = await this.facilities.findCurrentByIds(ids, scope);
    return new Map(found.map((facility) => [facility.id, healthFacilityView(facility)]));
  }

  async search(filter: HealthFacilityFilter, page: Page, scope: ScopeFilter): Promise<{ rows: (HealthFacilityView & CreationKey)[]; totalCount: number }> {
    const { rows, totalCount } = await this.facilities.search(filter, page, scope);
    return { rows: rows.map(listedAs(healthFacilityView)), totalCount };
  }

  /** Past versions, oldest first (the current version is the facility itself); empty unless its district is in the scope. */
  async history(id: string, scope: ScopeFilter): Promise<HealthFacilityVersionView[]> {
    if (!isUuid(id) || !(await this.facilities.existsInScope(id, scope))) return [];
    return (await findHistory(this.em, HealthFacility.name, id)).map(healthFacilityVersionView);
  }
}
