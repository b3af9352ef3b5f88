import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import {
  PACKAGE_TYPES,
  SERVICE_CATEGORIES,
  SERVICE_LEVELS,
  SERVICE_TYPES,
  type PackageLine,
  type PackageTypeCode,
  type ServiceCategoryCode,
  type ServiceLevelCode,
  type ServiceTypeCode,
} from '../domain/catalogue-codes';
import { CatalogueEntry } from './catalogue-entry.entity';

export const MEDICAL_SERVICE_CODE_UNIQUE_INDEX = 'medical_service_code_current_unique';
const PACKAGE_LINES_INDEX = 'medical_service_package_lines_index';

/** A medical service of the scheme's register; a package when it has sub-lines (packageType P or F). */
@Entity({ tableName: 'medical_service' })
@Index({ name: 'medical_service_creation_order', expression: 'create index "medical_service_creation_order" on "medical_service" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: MEDICAL_SERVICE_CODE_UNIQUE_INDEX,
  expression: `create unique index "${MEDICAL_SERVICE_CODE_UNIQUE_INDEX}" on "medical_service" ("code") where "deleted_at" is null`,
})
// Finds the packages holding an item or service (`package_lines @> '[{"itemId": …}]'`) without a scan.
@Index({
  name: PACKAGE_LINES_INDEX,
  expression: `create index "${PACKAGE_LINES_INDEX}" on "medical_service" using gin ("package_lines" jsonb_path_ops)`,
})
export class MedicalService extends CatalogueEntry {
  @Enum({ items: [...SERVICE_TYPES], type: 'string', length: 1 })
  type!: ServiceTypeCode;

  @Enum({ items: [...SERVICE_LEVELS], type: 'string', length: 1 })
  level!: ServiceLevelCode;

  /** Null counts as V (visit) when a claim's category is derived. */
  @Enum({ items: [...SERVICE_CATEGORIES], type: 'string', length: 1, nullable: true })
  category: ServiceCategoryCode | null = null;

  @Property({ type: 'boolean' })
  manualPrice: Opt<boolean> = false;

  @Enum({ items: [...PACKAGE_TYPES], type: 'string', length: 1 })
  packageType: Opt<PackageTypeCode> = 'S';

  /** Sub-items and sub-services of a package, kept on the row so that every version in history has them. */
  @Property({ type: 'jsonb' })
  packageLines: Opt<PackageLine[]> = [];
}
