import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { InsureeState } from '@imis/contracts';

/** The insuree service's insurees as far as policy and claim need them, fed by insuree events. */
@Entity({ tableName: 'projected_insuree' })
export class ProjectedInsuree {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Not unique here: a deleted insuree's number may be reused, and events may arrive out of order. */
  @Index()
  @Property({ type: 'text' })
  insuranceNumber!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  familyId!: string | null;

  @Property({ type: 'boolean' })
  isHead = false;

  /** Lookup code: M, F, O. */
  @Property({ type: 'text' })
  gender!: string;

  @Property({ type: 'date' })
  birthDate!: string;

  /** Lookup code of the relationship to the family head (7 Others: outside a product's lump sum). */
  @Property({ type: 'text', nullable: true })
  relationship: string | null = null;

  /** Where the insuree lives when not in its family's village. */
  @Property({ type: 'uuid', nullable: true })
  currentVillageId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  familyVillageId!: string | null;

  /** First point of service. */
  @Property({ type: 'uuid', nullable: true })
  healthFacilityId!: string | null;

  /** AC active, IN inactive, DE dead. */
  @Property({ type: 'text' })
  status!: InsureeState['status'];

  @Property({ type: 'date', nullable: true })
  statusDate!: string | null;

  /** When the current photo was taken; null: no photo (renewal reminders list members needing a new one). */
  @Property({ type: 'date', nullable: true })
  photoDate: string | null = null;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the insuree in the insuree service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
