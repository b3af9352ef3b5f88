import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The location service's health facilities as far as another service needs them (references, scope). */
@Entity({ tableName: 'projected_health_facility' })
export class ProjectedHealthFacility {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Index()
  @Property({ type: 'uuid' })
  districtId!: string;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the facility in the location service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
