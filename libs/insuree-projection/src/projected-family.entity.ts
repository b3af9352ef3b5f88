import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The insuree service's families as far as policy and claim need them, fed by family events. */
@Entity({ tableName: 'projected_family' })
export class ProjectedFamily {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  headInsureeId!: string;

  @Property({ type: 'uuid' })
  villageId!: string;

  @Property({ type: 'boolean', nullable: true })
  poverty!: boolean | null;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the family in the insuree service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
