import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';

/** Current codes are unique; deleted rows keep theirs as history (partial unique index). */
export const DIAGNOSIS_CODE_UNIQUE_INDEX = 'diagnosis_code_current_unique';

/** A diagnosis of the scheme's list (ICD-10 or its own): versioned, soft-deleted, written by uploads. */
@Entity({ tableName: 'diagnosis' })
@Index({ name: 'diagnosis_creation_order', expression: 'create index "diagnosis_creation_order" on "diagnosis" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: DIAGNOSIS_CODE_UNIQUE_INDEX,
  expression: `create unique index "${DIAGNOSIS_CODE_UNIQUE_INDEX}" on "diagnosis" ("code") where "deleted_at" is null`,
})
export class Diagnosis extends VersionedEntity {
  @Property({ type: 'string', length: 6 })
  code!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;
}
