import { ArrayType, Entity, EntityRepositoryType, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { LOCATION_TYPES, type LocationTypeCode } from '../domain/location-type';
import { LOCATION_CODE_UNIQUE_INDEX } from './location.indexes';
import { LocationRepository } from './location.repository';

/**
 * A region, district, ward or village. `ancestorIds` (root first, itself excluded) is kept beside
 * `parent` so that "everything under X" is one indexed query (`ancestor_ids @> array[X]`).
 */
@Entity({ tableName: 'location', repository: () => LocationRepository })
@Index({ name: 'location_creation_order', expression: 'create index "location_creation_order" on "location" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: LOCATION_CODE_UNIQUE_INDEX,
  expression: `create unique index "${LOCATION_CODE_UNIQUE_INDEX}" on "location" ("code") where "deleted_at" is null`,
})
@Index({
  name: 'location_ancestor_ids_index',
  expression: 'create index "location_ancestor_ids_index" on "location" using gin ("ancestor_ids")',
})
export class Location extends VersionedEntity {
  [EntityRepositoryType]?: LocationRepository;

  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Enum({ items: [...LOCATION_TYPES], type: 'string', length: 1 })
  type!: LocationTypeCode;

  @ManyToOne(() => Location, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  parent: Ref<Location> | null = null;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  ancestorIds: string[] = [];

  @Property({ type: 'integer', nullable: true })
  malePopulation: number | null = null;

  @Property({ type: 'integer', nullable: true })
  femalePopulation: number | null = null;

  @Property({ type: 'integer', nullable: true })
  otherPopulation: number | null = null;

  @Property({ type: 'integer', nullable: true })
  families: number | null = null;

  get parentId(): string | null {
    return this.parent?.id ?? null;
  }
}
