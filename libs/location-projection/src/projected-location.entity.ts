import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { LocationType } from '@imis/contracts';

/**
 * A service's local copy of the location tree, fed by location events. `ancestorIds` (root first,
 * excluding the location itself) makes "everything under these districts" one indexed query.
 */
@Entity({ tableName: 'projected_location' })
@Index({
  name: 'projected_location_ancestor_ids_idx',
  expression: 'create index "projected_location_ancestor_ids_idx" on "projected_location" using gin ("ancestor_ids")',
})
export class ProjectedLocation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** R region, D district, W municipality, V village. */
  @Property({ type: 'text' })
  type!: LocationType;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  ancestorIds!: string[];

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the location in the location service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
