import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { DomainError } from '@imis/kernel';
import type { LocationNode } from '../domain/location-tree';

/** Why records of another module keep a location in use (none: it is free), read in the command's transaction. */
export type LocationUsageCheck = (tx: EntityManager, location: LocationNode) => Promise<DomainError[]>;

/**
 * What keeps a location in use, as the modules that refer to locations declare it (from their Nest
 * module's constructor): the location module asks without importing them, so no module cycle.
 */
@Injectable()
export class LocationUsages {
  private readonly checks: LocationUsageCheck[] = [];

  register(check: LocationUsageCheck): void {
    this.checks.push(check);
  }

  async of(tx: EntityManager, location: LocationNode): Promise<DomainError[]> {
    const refusals: DomainError[] = [];
    for (const check of this.checks) refusals.push(...(await check(tx, location)));
    return refusals;
  }
}
