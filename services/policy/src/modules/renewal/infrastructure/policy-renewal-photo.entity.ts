import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';
import { PHOTO_REASONS, type PhotoReason } from '../domain/renewal-photos';

/** A detail row of a renewal reminder: a member who needs a new photo, and why. */
@Entity({ tableName: 'policy_renewal_photo' })
export class PolicyRenewalPhoto extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  renewalId!: string;

  @Property({ type: 'uuid' })
  insureeId!: string;

  @Enum({ items: [...PHOTO_REASONS], type: 'string', length: 16 })
  reason!: PhotoReason;

  /** The photo on file, null when there is none. */
  @Property({ type: 'date', nullable: true })
  photoDate: string | null = null;
}
