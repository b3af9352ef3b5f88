import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Identity’s claim administrators (the clerks of one facility), kept from its events. */
@Entity({ tableName: 'claim_admin' })
export class ClaimAdmin {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Index()
  @Property({ type: 'uuid' })
  healthFacilityId!: string;

  /** The user it signs in as: that user enters and sees only the facility’s claims. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  userId!: string | null;

  @Property({ type: 'boolean' })
  deleted!: boolean;

  @Property({ type: 'integer' })
  version!: number;
}
