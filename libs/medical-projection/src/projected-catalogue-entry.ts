import { Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { MedicalItemState } from '@imis/contracts';

/** What projected items and services share: the fields claim checks and pricing read (claims.md §2). */
export abstract class ProjectedCatalogueEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Not unique here: a deleted entry's code may be reused, and events may arrive out of order. */
  @Index()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Register price (money string). */
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  price!: string;

  /** I in-patient, O out-patient, B both. */
  @Property({ type: 'text' })
  careType!: MedicalItemState['careType'];

  /** Days between two provisions to one insuree; 0 = no limit. */
  @Property({ type: 'integer' })
  frequency!: number;

  /** Mask: male 1, female 2, adult 4, minor 8; 0 = no restriction. */
  @Property({ type: 'integer' })
  patientCategory!: number;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  maximumQuantity!: string | null;

  @Property({ type: 'date', nullable: true })
  effectiveFrom!: string | null;

  @Property({ type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the entry in the medical service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
