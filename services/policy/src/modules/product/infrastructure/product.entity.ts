import { Entity, EntityRepositoryType, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import {
  CEILING_INTERPRETATIONS,
  CEILING_TYPES,
  type CategoryLimits,
  type Capitation,
  type ProductFields,
  type ProductLineFields,
  type RelativePrices,
  type SplitAmount,
} from '../domain/product-codes';
import { ProductRepository } from './product.repository';

export const PRODUCT_CODE_UNIQUE_INDEX = 'product_code_current_unique';
const ITEM_LINES_INDEX = 'product_item_lines_index';
const SERVICE_LINES_INDEX = 'product_service_lines_index';

const money = () => ({ type: 'decimal', precision: 18, scale: 2 }) as const;

/**
 * An insurance product: every field of the event contract's productStateSchema. Scalars are columns;
 * the grouped amounts and limits, the relative-price distribution, capitation and the item and service
 * lines are jsonb on the row, so that every past version in `history` has them as they were (the
 * HistorySubscriber copies the whole row). Lookups of lines by (product, item/service) belong to the
 * policy projection; the GIN indexes find the products holding an item or service.
 */
@Entity({ tableName: 'product', repository: () => ProductRepository })
@Index({
  name: PRODUCT_CODE_UNIQUE_INDEX,
  expression: `create unique index "${PRODUCT_CODE_UNIQUE_INDEX}" on "product" ("code") where "deleted_at" is null`,
})
@Index({ name: ITEM_LINES_INDEX, expression: `create index "${ITEM_LINES_INDEX}" on "product" using gin ("item_lines" jsonb_path_ops)` })
@Index({ name: SERVICE_LINES_INDEX, expression: `create index "${SERVICE_LINES_INDEX}" on "product" using gin ("service_lines" jsonb_path_ops)` })
export class Product extends VersionedEntity implements ProductFields {
  [EntityRepositoryType]?: ProductRepository;

  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** A region or district of the location projection; null = national. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  locationId: string | null = null;

  @Property({ type: 'date' })
  dateFrom!: string;

  @Property({ type: 'date' })
  dateTo!: string;

  @Property({ type: 'uuid', nullable: true })
  conversionProductId: string | null = null;

  @Property({ type: 'integer' })
  insurancePeriod!: number;

  @Property({ type: 'integer' })
  administrationPeriod!: number;

  @Property({ type: 'integer' })
  gracePeriodEnrolment!: number;

  @Property({ type: 'integer' })
  gracePeriodRenewal!: number;

  /** openIMIS `WaitingPeriod`. */
  @Property({ type: 'integer' })
  gracePeriodPayment!: number;

  /** "dd-mm", at most 4; empty = free enrolment. */
  @Property({ type: 'jsonb' })
  startCycles: Opt<string[]> = [];

  @Property(money())
  lumpSum!: string;

  @Property({ type: 'integer' })
  memberCount!: number;

  @Property({ type: 'integer' })
  threshold!: number;

  @Property(money())
  premiumAdult!: string;

  @Property(money())
  premiumChild!: string;

  @Property(money())
  registrationLumpSum!: string;

  @Property(money())
  registrationFee!: string;

  @Property(money())
  generalAssemblyLumpSum!: string;

  @Property(money())
  generalAssemblyFee!: string;

  @Property({ type: 'integer' })
  maxInstallments!: number;

  @Property({ type: 'integer' })
  enrolmentDiscountPercent!: number;

  @Property({ type: 'integer' })
  enrolmentDiscountPeriod!: number;

  @Property({ type: 'integer' })
  renewalDiscountPercent!: number;

  @Property({ type: 'integer' })
  renewalDiscountPeriod!: number;

  @Enum({ items: [...CEILING_TYPES], type: 'string', length: 1 })
  ceilingType!: ProductFields['ceilingType'];

  @Enum({ items: [...CEILING_INTERPRETATIONS], type: 'string', length: 1 })
  ceilingInterpretation!: ProductFields['ceilingInterpretation'];

  @Property({ type: 'jsonb' })
  deductible!: SplitAmount;

  @Property({ type: 'jsonb' })
  ceiling!: SplitAmount;

  @Property({ type: 'jsonb' })
  extraMemberCeiling!: SplitAmount;

  @Property({ type: 'jsonb' })
  maxPolicyCeiling!: SplitAmount;

  @Property({ type: 'jsonb' })
  categoryLimits!: CategoryLimits;

  @Property({ type: 'jsonb' })
  relativePrices!: RelativePrices;

  @Property({ type: 'jsonb', nullable: true })
  capitation: Capitation | null = null;

  @Property({ type: 'jsonb' })
  accountCodes!: ProductFields['accountCodes'];

  @Property({ type: 'jsonb' })
  itemLines: Opt<ProductLineFields[]> = [];

  @Property({ type: 'jsonb' })
  serviceLines: Opt<ProductLineFields[]> = [];
}
