import { Entity, EntityRepositoryType, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { Location } from '../../location';
import {
  CARE_TYPES,
  HEALTH_FACILITY_LEVELS,
  HEALTH_FACILITY_STATUSES,
  LEGAL_FORMS,
  SUB_LEVELS,
  type CareTypeCode,
  type HealthFacilityLevelCode,
  type HealthFacilityStatusCode,
  type LegalFormCode,
  type SubLevelCode,
} from '../domain/health-facility-codes';
import { HEALTH_FACILITY_CODE_UNIQUE_INDEX } from './health-facility.indexes';
import { HealthFacilityRepository } from './health-facility.repository';

/** A dispensary, health centre or hospital, placed in a district. Dates are calendar dates "YYYY-MM-DD". */
@Entity({ tableName: 'health_facility', repository: () => HealthFacilityRepository })
@Index({ name: 'health_facility_creation_order', expression: 'create index "health_facility_creation_order" on "health_facility" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: HEALTH_FACILITY_CODE_UNIQUE_INDEX,
  expression: `create unique index "${HEALTH_FACILITY_CODE_UNIQUE_INDEX}" on "health_facility" ("code") where "deleted_at" is null`,
})
export class HealthFacility extends VersionedEntity {
  [EntityRepositoryType]?: HealthFacilityRepository;

  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: [...LEGAL_FORMS], type: 'string', length: 1 })
  legalForm!: LegalFormCode;

  @Enum({ items: [...HEALTH_FACILITY_LEVELS], type: 'string', length: 1 })
  level!: HealthFacilityLevelCode;

  @Enum({ items: [...SUB_LEVELS], type: 'string', length: 1, nullable: true })
  subLevel: SubLevelCode | null = null;

  @Enum({ items: [...CARE_TYPES], type: 'string', length: 1 })
  careType!: CareTypeCode;

  @ManyToOne(() => Location, { ref: true, index: true, deleteRule: 'restrict' })
  district!: Ref<Location>;

  @Property({ type: 'string', length: 100, nullable: true })
  address: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  fax: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 25, nullable: true })
  accountingCode: string | null = null;

  @Property({ type: 'date', nullable: true })
  contractStartDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  contractEndDate: string | null = null;

  @Enum({ items: [...HEALTH_FACILITY_STATUSES], type: 'string', length: 2 })
  status: Opt<HealthFacilityStatusCode> = 'AC';

  @Property({ type: 'boolean' })
  offline: Opt<boolean> = false;

  get districtId(): Opt<string> {
    return this.district.id;
  }
}
