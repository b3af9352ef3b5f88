import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The medical service's diagnoses (ICD-10 or the scheme's list), fed by upload batches. */
@Entity({ tableName: 'projected_diagnosis' })
export class ProjectedDiagnosis {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the diagnosis in the medical service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
