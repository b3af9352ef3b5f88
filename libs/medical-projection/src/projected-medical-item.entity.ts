import { Entity, Property } from '@mikro-orm/core';
import type { MedicalItemState } from '@imis/contracts';
import { ProjectedCatalogueEntry } from './projected-catalogue-entry';

/** The medical service's items (drugs, consumables) as claims price and check them, fed by item events. */
@Entity({ tableName: 'projected_medical_item' })
export class ProjectedMedicalItem extends ProjectedCatalogueEntry {
  /** D drug, M medical consumable. */
  @Property({ type: 'text' })
  type!: MedicalItemState['type'];

  @Property({ type: 'text', nullable: true })
  package!: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  quantity!: string | null;
}
