import { Entity, Property } from '@mikro-orm/core';
import type { MedicalServiceState, PackageLine } from '@imis/contracts';
import { ProjectedCatalogueEntry } from './projected-catalogue-entry';

/** The medical service's services, packages included, fed by service events. */
@Entity({ tableName: 'projected_medical_service' })
export class ProjectedMedicalService extends ProjectedCatalogueEntry {
  /** P preventive, C curative. */
  @Property({ type: 'text' })
  type!: MedicalServiceState['type'];

  /** S simple, V visit, D day of stay, H hospital case. */
  @Property({ type: 'text' })
  level!: MedicalServiceState['level'];

  /** Null counts as V (visit) in claim categories. */
  @Property({ type: 'text', nullable: true })
  category!: MedicalServiceState['category'];

  @Property({ type: 'boolean' })
  manualPrice!: boolean;

  /** S single service, P package priced as its sub-lines, F package at the service's price. */
  @Property({ type: 'text' })
  packageType!: MedicalServiceState['packageType'];

  /** Sub-items and sub-services of a package, as the event carries them. */
  @Property({ type: 'jsonb' })
  packageLines!: PackageLine[];
}
