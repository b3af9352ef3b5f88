import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { LocationTree } from '@imis/auth';
import { isUuid, uuidArrayLiteral } from '@imis/persistence';

/**
 * The location tree as this service's own `location` table holds it, for location scoping (AuthModule
 * `locationTree`). Each look-up is one statement on the stored ancestors (GIN-indexed `ancestor_ids`),
 * whatever the number of locations asked about.
 */
@Injectable()
export class LocationTableTree implements LocationTree {
  constructor(private readonly em: EntityManager) {}

  async descendantsOf(locationIds: readonly string[]): Promise<string[]> {
    const ids = locationIds.filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select "id" from "location"
        where "deleted_at" is null and ("id" = any(?::uuid[]) or "ancestor_ids" && ?::uuid[])`,
      [uuidArrayLiteral(ids), uuidArrayLiteral(ids)],
    );
    return rows.map((row) => row.id);
  }

  async ancestorsOf(locationIds: readonly string[]): Promise<string[]> {
    const ids = locationIds.filter(isUuid);
    if (ids.length === 0) return [];
    // The ancestors of a current location are current: a location with current children cannot be deleted.
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select distinct unnest("ancestor_ids") as "id" from "location" where "deleted_at" is null and "id" = any(?::uuid[])`,
      [uuidArrayLiteral(ids)],
    );
    return rows.map((row) => row.id);
  }
}
