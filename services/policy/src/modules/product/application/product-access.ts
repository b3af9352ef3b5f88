import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows, commandMeta, LocationAccess, UNRESTRICTED, type RequestUser, type ScopeFilter } from '@imis/auth';
import { ancestorsOf } from '@imis/location-projection';
import type { ProductCommandMeta } from './product-command-meta';

/**
 * Which products a user sees and changes. Sees: national products and those located in its data scope or
 * above it (a district user sees its region's products, sold to its families). Changes: products located in
 * its data scope; a national product needs an unrestricted scope.
 */
@Injectable()
export class ProductAccess {
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

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<ProductCommandMeta> {
    const [scope, visible] = await Promise.all([this.locations.data(user), this.visible(user)]);
    return { ...commandMeta(user, clientMutationId), scope, visible };
  }
}

/** Whether a product located there (null: national) may be changed within this data scope. */
export function mayChange(scope: ScopeFilter, locationId: string | null): boolean {
  return locationId === null ? scope.everywhere : allows(scope, locationId);
}
