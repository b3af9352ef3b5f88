import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { ITEM_TYPES, type ItemTypeCode } from '../domain/catalogue-codes';
import { CatalogueEntry } from './catalogue-entry.entity';

export const MEDICAL_ITEM_CODE_UNIQUE_INDEX = 'medical_item_code_current_unique';

/** A drug or medical consumable of the scheme's register. */
@Entity({ tableName: 'medical_item' })
@Index({ name: 'medical_item_creation_order', expression: 'create index "medical_item_creation_order" on "medical_item" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: MEDICAL_ITEM_CODE_UNIQUE_INDEX,
  expression: `create unique index "${MEDICAL_ITEM_CODE_UNIQUE_INDEX}" on "medical_item" ("code") where "deleted_at" is null`,
})
export class MedicalItem extends CatalogueEntry {
  @Enum({ items: [...ITEM_TYPES], type: 'string', length: 1 })
  type!: ItemTypeCode;

  /** Packaging, e.g. "box of 10 tablets". */
  @Property({ type: 'string', length: 255, nullable: true })
  package: string | null = null;

  /** Quantity per package. */
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  quantity: string | null = null;
}
