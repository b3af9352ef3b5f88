import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An enrolment officer as identity's officer events state it (code, villages, last working day): what §5 checks. */
@Entity({ tableName: 'payment_officer' })
export class PaymentOfficer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Not unique here: a deleted officer's code may be reused. */
  @Index()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  villageIds!: string[];

  @Property({ type: 'date', nullable: true })
  worksTo!: string | null;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the officer in the identity service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
