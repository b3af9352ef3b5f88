import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Page } from '@imis/graphql';
import { findHistory } from '@imis/persistence';
import { isUuid } from '@imis/persistence';
import { Location } from '../infrastructure/location.entity';
import type { LocationFilter } from '../infrastructure/location.repository';
import { locationVersionView, type LocationVersionView } from './location-version.view';
import { locationView, type LocationView } from './location.view';

/** Read side of the location tree: current locations only, history apart. */
@Injectable()
export class LocationQueries {
  constructor(private readonly em: EntityManager) {}

  private get locations() {
    return this.em.getRepository(Location);
  }

  async byId(id: string): Promise<LocationView | null> {
    const location = await this.locations.findCurrent(id);
    return location && locationView(location);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, LocationView>> {
    const found = await this.locations.findCurrentByIds(ids);
    return new Map(found.map((location) => [location.id, locationView(location)]));
  }

  /** Current children of each parent, by code. */
  async childrenOf(parentIds: readonly string[]): Promise<Map<string, LocationView[]>> {
    const children = new Map<string, LocationView[]>(parentIds.map((id) => [id, []]));
    for (const child of await this.locations.findCurrentChildren(parentIds)) {
      children.get(child.parentId as string)?.push(locationView(child));
    }
    return children;
  }

  async search(filter: LocationFilter, page: Page): Promise<{ rows: LocationView[]; totalCount: number }> {
    const { rows, totalCount } = await this.locations.search(filter, page);
    return { rows: rows.map(locationView), totalCount };
  }

  /** Past versions, oldest first (the current version is the location itself). */
  async history(id: string): Promise<LocationVersionView[]> {
    if (!isUuid(id)) return [];
    const records = await findHistory(this.em, Location.name, id);
    return records.map(locationVersionView);
  }
}
