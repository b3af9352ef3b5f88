import { Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';

/**
 * A family (household): its head is one of its insurees (never none), and it lives in a village of the
 * location projection. Members point at their family; the head also carries `isHead`.
 */
@Entity({ tableName: 'family' })
@Index({ name: 'family_creation_order', expression: 'create index "family_creation_order" on "family" ("created_at", "id") where "deleted_at" is null' })
export class Family extends VersionedEntity {
  @Property({ type: 'uuid' })
  headInsureeId!: string;

  @Index()
  @Property({ type: 'uuid' })
  villageId!: string;

  @Property({ type: 'boolean', nullable: true })
  poverty: boolean | null = null;

  @Property({ type: 'string', length: 2, nullable: true })
  familyType: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  address: string | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  ethnicity: string | null = null;

  @Property({ type: 'string', length: 12, nullable: true })
  confirmationNumber: string | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  confirmationType: string | null = null;

  /** Created on a device while offline (the mobile enrolment app), as openIMIS records it. */
  @Property({ type: 'boolean' })
  offline: Opt<boolean> = false;
}
