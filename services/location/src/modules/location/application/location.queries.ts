import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ScopeFilter } from '@imis/auth';
import type { Page } from '@imis/graphql';
import { type CreationKey, findHistory, isUuid, listedAs } from '@imis/persistence';
import { Location } from '../infrastructure/location.entity';
import type { LocationFilter } from '../infrastructure/location.repository';
import { locationVersionView, type LocationVersionView } from './location-version.view';
import { locationRecordView, locationView, type LocationView } from './location.view';

/**
 * Read side of the location tree: current locations only, history apart. Every read takes the caller's
 * scope (the locations it may see) and applies it in the query; a location outside it does not exist for
 * the caller.
 */
@Injectable()
export class LocationQueries {
  constructor(private readonly em: EntityManager) {}

  private get locations() {
    return this.em.getRepository(Location);
  }

  async byId(id: string, scope: ScopeFilter): Promise<LocationView | null> {
    const location = await this.locations.findCurrent(id, scope);
    return location && locationView(location);
  }

  async byIds(ids: readonly string[], scope: ScopeFilter): Promise<Map<string, LocationView>> {
    const found = await this.locations.findCurrentByIds(ids, scope);
    return new Map(found.map((location) => [location.id, locationView(location)]));
  }

  /** Current children of each parent within the scope, by code. */
  async childrenOf(parentIds: readonly string[], scope: ScopeFilter): Promise<Map<string, LocationView[]>> {
    const children = new Map<string, LocationView[]>(parentIds.map((id) => [id, []]));
    for (const child of await this.locations.findCurrentChildren(parentIds, scope)) {
      children.get(child.parentId as string)?.push(locationView(child));
    }
    return children;
  }

  async search(filter: LocationFilter, page: Page, scope: ScopeFilter): Promise<{ rows: (LocationView & CreationKey)[]; totalCount: number }> {
    const { rows, totalCount } = await this.locations.search(filter, page, scope);
    return { rows: rows.map(listedAs(locationRecordView)), totalCount };
  }

  /**
   * Past versions, oldest first (the current version is the location itself); empty unless the location
   * is one the caller may see, or (deleted ones too) lies below its data scope.
   */
  async history(id: string, scope: { visible: ScopeFilter; data: ScopeFilter }): Promise<LocationVersionView[]> {
    if (!isUuid(id) || !(await this.locations.isInHistoryScope(id, scope.visible, scope.data))) return [];
    const records = await findHistory(this.em, Location.name, id);
    return records.map(locationVersionView);
  }
}
