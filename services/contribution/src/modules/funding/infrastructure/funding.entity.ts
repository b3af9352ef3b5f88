import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';

/**
 * A payer's funding of a product (§4): the funding policy the policy service creates (its id chosen here)
 * and the premium of type F paying it.
 */
@Entity({ tableName: 'funding' })
export class Funding extends VersionedEntity {
  @Index()
  @Property({ type: 'uuid' })
  payerId!: string;

  @Index()
  @Property({ type: 'uuid' })
  productId!: string;

  /** The product location funded; null: national. */
  @Property({ type: 'uuid', nullable: true })
  locationId: string | null = null;

  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  premiumId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 50 })
  receipt!: string;

  @Property({ type: 'date' })
  payDate!: string;
}
