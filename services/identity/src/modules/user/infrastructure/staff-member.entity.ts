import { Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';

/** A person working for the scheme (enrolment officer, claim administrator); may sign in through a linked user. */
export abstract class StaffMember extends VersionedEntity {
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100 })
  otherNames!: string;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  /** Its login, when it has one. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;
}
