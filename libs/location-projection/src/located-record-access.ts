import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CommandMeta } from '@imis/application';
import { allows, commandMeta, LocationAccess, UNRESTRICTED, type RequestUser, type ScopeFilter } from '@imis/auth';
import { ancestorsOf } from './location.queries';

/**
 * Who sends a command on a record placed at a location (null: national), such as a price list or a product:
 * its actor and idempotency key, the locations it may change (`scope`, its data scope) and those whose records
 * it may see (`visible`: its data scope and their ancestors). A record outside either answers as an unknown one.
 */
export interface LocatedCommandMeta extends CommandMeta {
  readonly scope: ScopeFilter;
  readonly visible: ScopeFilter;
}

/**
 * Which records placed at a location (national, region or district) a user sees and changes. Sees: national
 * records and those located in its data scope or above it (a district user sees its region's price lists and
 * products, which apply to its facilities and families). Changes: records located in its data scope; a
 * national record needs an unrestricted scope.
 */
@Injectable()
export class LocatedRecordAccess {
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

  async meta(user: RequestUser, clientMutationId?: string | null): Promise<LocatedCommandMeta> {
    const [scope, visible] = await Promise.all([this.locations.data(user), this.visible(user)]);
    return { ...commandMeta(user, clientMutationId), scope, visible };
  }
}

/** Whether a record located there (null: national) may be changed within this data scope. */
export function mayChangeLocated(scope: ScopeFilter, locationId: string | null): boolean {
  return locationId === null ? scope.everywhere : allows(scope, locationId);
}
