import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The location service’s health facilities as claims need them (scope by district; level and care type for
 * checking), kept from its events.
 */
@Entity({ tableName: 'health_facility' })
export class HealthFacility {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Index()
  @Property({ type: 'uuid' })
  districtId!: string;

  /** D dispensary, C health centre, H hospital. */
  @Property({ type: 'string', length: 1 })
  level!: string;

  /** I in-patient, O out-patient, B both. */
  @Property({ type: 'string', length: 1 })
  careType!: string;

  @Property({ type: 'boolean' })
  deleted!: boolean;

  /** Version of the facility in the location service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
