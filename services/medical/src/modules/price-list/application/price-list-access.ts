import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows, commandMeta, LocationAccess, UNRESTRICTED, type RequestUser, type ScopeFilter } from '@imis/auth';
import { ancestorsOf } from '@imis/location-projection';
import type { PriceListCommandMeta } from './price-list-command-meta';

/**
 * Which price lists a user sees and changes. Sees: national lists and those located in its data scope or
 * above it (a district user sees its region's lists, which apply to its facilities). Changes: lists located
 * in its data scope; a national list needs an unrestricted scope.
 */
@Injectable()
export class PriceListAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly locations: LocationAccess,
  ) {}

  async visible(user: RequestUser): Promise<ScopeFilter> {
    const data = await this.locations.data(user);
    if (data.everywhere || user.scope.everywhere) return UNRESTRICTED;
    const above = await ancestorsOf(this.em, [...user.scope.districtIds, ...user.scope.villageIds]);
    return { everywhere: false, locationIds: [...new Set([...data.locationIds, ...above])] };
  }

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<PriceListCommandMeta> {
    const [scope, visible] = await Promise.all([this.locations.data(user), this.visible(user)]);
    return { ...commandMeta(user, clientMutationId), scope, visible };
  }
}

/** Whether a list located there (null: national) may be changed within this data scope. */
export function mayChange(scope: ScopeFilter, locationId: string | null): boolean {
  return locationId === null ? scope.everywhere : allows(scope, locationId);
}
