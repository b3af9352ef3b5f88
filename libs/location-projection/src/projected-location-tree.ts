import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { LocationTree } from '@imis/auth';
import { descendantsOf } from './descendants.query';

/** The location tree as this service's projection knows it, for location scoping (AuthModule `locationTree`). */
@Injectable()
export class ProjectedLocationTree implements LocationTree {
  constructor(private readonly em: EntityManager) {}

  descendantsOf(locationIds: readonly string[]): Promise<string[]> {
    return descendantsOf(this.em, locationIds);
  }

  async ancestorsOf(locationIds: readonly string[]): Promise<string[]> {
    if (locationIds.length === 0) return [];
    const rows = await this.em.execute<{ id: string }[]>(
      'select distinct unnest(ancestor_ids) as id from projected_location where id = any(?::uuid[])',
      [`{${locationIds.join(',')}}`],
    );
    return rows.map((row) => row.id);
  }
}
