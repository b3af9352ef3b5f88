import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { PAY_TYPES, type PayType } from '../domain/premium-fields';
import { PREMIUM_RECEIPT_UNIQUE_INDEX } from './premium.indexes';

/**
 * A premium (contribution) paid towards a policy. The product of the policy is kept on the row so that the
 * receipt's uniqueness per product is a unique index (concurrent adds of one receipt: one wins). Soft-deleted
 * (a reversal); past versions in the history table.
 */
@Entity({ tableName: 'premium' })
@Index({ name: 'premium_creation_order', expression: 'create index "premium_creation_order" on "premium" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: PREMIUM_RECEIPT_UNIQUE_INDEX,
  expression: `create unique index "${PREMIUM_RECEIPT_UNIQUE_INDEX}" on "premium" ("product_id", "receipt") where "deleted_at" is null`,
})
export class Premium extends VersionedEntity {
  /** The policy paid (policy projection; a funding or renewal policy may not be projected yet). */
  @Index()
  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  productId!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  payerId: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 50 })
  receipt!: string;

  @Property({ type: 'date' })
  payDate!: string;

  @Enum({ items: [...PAY_TYPES], type: 'string', length: 1 })
  payType!: PayType;

  /** A photo fee: outside every sum compared with the policy value. */
  @Property({ type: 'boolean' })
  isPhotoFee!: boolean;

  @Property({ type: 'boolean' })
  isOffline!: boolean;

  /** null: a user; "payment": a matched payment; "funding". */
  @Property({ type: 'string', length: 50, nullable: true })
  source: string | null = null;
}
