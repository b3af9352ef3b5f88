import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { PAYMENT_STATUSES, type PaymentStatus } from '../domain/payment-status';

export const CONTROL_NUMBER_UNIQUE_INDEX = 'payment_control_number_unique';
export const TRANSACTION_NO_UNIQUE_INDEX = 'payment_transaction_no_unique';

/**
 * A payment from an intent to its match (§5, openIMIS tblPayment). A refused notification or receipt is a
 * REJECTED row of its own (`intentId` names the intent it was meant for). Money is numeric(18,2) as strings.
 * Control numbers are unique among payments that are not rejected, transaction numbers among received ones
 * (partial unique indexes written in the migration).
 */
@Entity({ tableName: 'payment' })
@Index({ name: 'payment_creation_order', expression: 'create index "payment_creation_order" on "payment" ("created_at", "id")' })
@Index({ properties: ['status', 'id'] })
@Index({
  name: CONTROL_NUMBER_UNIQUE_INDEX,
  expression: `create unique index "${CONTROL_NUMBER_UNIQUE_INDEX}" on "payment" ("control_number") where "control_number" is not null and "status" <> 'REJECTED'`,
})
@Index({
  name: TRANSACTION_NO_UNIQUE_INDEX,
  expression: `create unique index "${TRANSACTION_NO_UNIQUE_INDEX}" on "payment" ("transaction_no") where "status" in ('RECEIVED', 'MATCHED')`,
})
export class Payment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: [...PAYMENT_STATUSES], type: 'string', length: 24 })
  status!: PaymentStatus;

  @Property({ type: 'uuid', nullable: true })
  officerId: string | null = null;

  @Property({ type: 'varchar', length: 8, nullable: true })
  officerCode: string | null = null;

  @Property({ type: 'varchar', length: 50, nullable: true })
  phone: string | null = null;

  @Property({ type: 'varchar', length: 5, nullable: true })
  language: string | null = null;

  @Property({ type: 'boolean' })
  smsRequired: Opt<boolean> = false;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  expectedAmount: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  receivedAmount: string | null = null;

  /** What the match could not give to any policy (received above the total outstanding). */
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  surplusAmount: string | null = null;

  @Property({ type: 'varchar', length: 50, nullable: true })
  controlNumber: string | null = null;

  @Property({ type: 'varchar', length: 50, nullable: true })
  transactionNo: string | null = null;

  @Property({ type: 'varchar', length: 100, nullable: true })
  receiptNo: string | null = null;

  @Property({ type: 'date', nullable: true })
  paymentDate: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  matchedAt: Date | null = null;

  /** Where it came from: INTENT (GraphQL), GATEWAY (a notification), MANUAL (receivePayment). */
  @Property({ type: 'varchar', length: 50, nullable: true })
  origin: string | null = null;

  @Property({ type: 'varchar', length: 255, nullable: true })
  rejectedReason: string | null = null;

  /** A rejected receipt: the intent it was meant for. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  intentId: string | null = null;

  @Property({ type: 'text' })
  changedBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
