import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

export const NOTIFICATION_ID_UNIQUE_INDEX = 'gateway_notification_notification_id_unique';

/**
 * Every notification the gateway callback received, accepted or refused (with its code): the audit of the
 * callback. `notificationId` is set only for authenticated ones and is unique (replays are refused); a
 * refused one keeps the id it claimed. The body is kept as its SHA-256 and length, never as sent.
 */
@Entity({ tableName: 'gateway_notification' })
export class GatewayNotification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'varchar', length: 100, nullable: true, unique: NOTIFICATION_ID_UNIQUE_INDEX })
  notificationId: string | null = null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  claimedId: string | null = null;

  /** CONTROL_NUMBER_ASSIGNED, PAYMENT_RECEIVED; null when unreadable. */
  @Property({ type: 'varchar', length: 32, nullable: true })
  kind: string | null = null;

  /** ACCEPTED or REFUSED. */
  @Property({ type: 'varchar', length: 8 })
  outcome!: 'ACCEPTED' | 'REFUSED';

  @Property({ type: 'varchar', length: 64, nullable: true })
  code: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  paymentId: string | null = null;

  @Property({ type: 'char', length: 64 })
  bodySha256!: string;

  @Property({ type: 'integer' })
  bodyLength!: number;

  @Property({ type: 'timestamptz' })
  receivedAt: Opt<Date> = new Date();
}
