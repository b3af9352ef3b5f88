import { Entity, Enum, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { NOTICE_OUTCOMES, type NoticeOutcome } from '@imis/notification';
import { FEEDBACK_KINDS, type FeedbackKind } from '../domain/payment-feedback';

export const PAYMENT_NOTIFICATION_UNIQUE = 'payment_notification_payment_id_kind_unique';

/**
 * The SMS feedback of a payment's match as the Notifier handled it, stored in the matching transaction: one
 * per payment and outcome (unique), whatever the adapter answered. The id is the notice's (stable across
 * retries: the adapter's idempotency key).
 */
@Entity({ tableName: 'payment_notification' })
@Unique({ name: PAYMENT_NOTIFICATION_UNIQUE, properties: ['paymentId', 'kind'] })
export class PaymentNotification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  paymentId!: string;

  @Enum({ items: [...FEEDBACK_KINDS], type: 'string', length: 8 })
  kind!: FeedbackKind;

  @Property({ type: 'varchar', length: 50 })
  phone!: string;

  @Property({ type: 'varchar', length: 5, nullable: true })
  language: string | null = null;

  @Property({ type: 'text' })
  message!: string;

  /** The adapter that handled it (`log`, a scheme's `sms`…). */
  @Property({ type: 'text' })
  channel!: string;

  @Enum({ items: [...NOTICE_OUTCOMES], type: 'string', length: 6 })
  outcome!: NoticeOutcome;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
