import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';

/**
 * One photo of an insuree: the bytes live in the photo storage under `storageKey`; rows are never
 * changed, so a replaced photo stays readable (`replacedAt` set) as the insuree's photo history.
 */
@Entity({ tableName: 'insuree_photo' })
export class InsureePhoto extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'text' })
  storageKey!: string;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'integer' })
  sizeBytes!: number;

  /** The day the photo was taken (openIMIS photo date; drives renewal). */
  @Property({ type: 'date' })
  takenOn!: string;

  @Property({ type: 'text' })
  uploadedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  replacedAt: Date | null = null;
}
