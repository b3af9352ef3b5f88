import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An enrolment officer as identity's officer events state it: what payments (§5) and renewal reminders (§3) check. */
@Entity({ tableName: 'projected_officer' })
export class ProjectedOfficer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Not unique here: a deleted officer's code may be reused, and events may arrive out of order. */
  @Index()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  villageIds!: string[];

  /** Who takes over the officer's families once its contract has ended (renewal reminders follow the chain). */
  @Property({ type: 'uuid', nullable: true })
  substitutionOfficerId: string | null = null;

  /** Last working day; null: open-ended. */
  @Property({ type: 'date', nullable: true })
  worksTo: string | null = null;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the officer in the identity service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
