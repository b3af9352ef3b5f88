import { Enum, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { CARE_TYPES, type CareTypeCode } from '../domain/catalogue-codes';

/** What items and services share: the fields the claim checks read (shared/domain/claims.md §2). */
export abstract class CatalogueEntry extends VersionedEntity {
  @Property({ type: 'string', length: 6 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Register price, a money string (numeric(18,2) comes back from PostgreSQL as a string). */
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  price!: string;

  @Enum({ items: [...CARE_TYPES], type: 'string', length: 1 })
  careType!: CareTypeCode;

  /** Days between two provisions to one insuree; 0 = no limit. */
  @Property({ type: 'smallint' })
  frequency = 0;

  /** Mask: male 1, female 2, adult 4, minor 8; 0 = no restriction. */
  @Property({ type: 'smallint' })
  patientCategory = 0;

  /** Maximum quantity on one claim line; null = none. */
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  maximumQuantity: string | null = null;

  /** First and last day it may be claimed ("YYYY-MM-DD"); null = unbounded. */
  @Property({ type: 'date', nullable: true })
  effectiveFrom: string | null = null;

  @Property({ type: 'date', nullable: true })
  effectiveTo: string | null = null;
}
