import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { NOTICE_OUTCOMES, type NoticeOutcome } from '@imis/notification';
import { BaseEntity } from '@imis/persistence';
import { NOTICE_RECIPIENTS, type NoticeRecipient } from '../domain/renewal-notice';

/** A notice of a renewal reminder as the Notifier handled it (stored for every adapter, in the run's transaction). */
@Entity({ tableName: 'policy_renewal_notification' })
export class RenewalNotification extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  renewalId!: string;

  @Enum({ items: [...NOTICE_RECIPIENTS], type: 'string', length: 11 })
  recipient!: NoticeRecipient;

  /** The officer's or the family head's id. */
  @Property({ type: 'uuid' })
  recipientId!: string;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'text' })
  message!: string;

  /** The adapter that handled it (`log`, a scheme's `sms`…). */
  @Property({ type: 'text' })
  channel!: string;

  @Enum({ items: [...NOTICE_OUTCOMES], type: 'string', length: 6 })
  outcome!: NoticeOutcome;
}
