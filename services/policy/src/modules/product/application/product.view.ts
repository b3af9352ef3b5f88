import type { ProductState } from '@imis/contracts';
import type { ProductFields } from '../domain/product-codes';
import type { Product } from '../infrastructure/product.entity';

/** A product as use cases and queries return it: plain JSON (an idempotent mutation stores and replays it). */
export interface ProductView extends ProductState {
  /** ISO date-time. */
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

const FIELD_NAMES: readonly (keyof ProductFields)[] = [
  'code', 'name', 'locationId', 'dateFrom', 'dateTo', 'conversionProductId', 'insurancePeriod', 'administrationPeriod',
  'gracePeriodEnrolment', 'gracePeriodRenewal', 'gracePeriodPayment', 'startCycles', 'lumpSum', 'memberCount', 'threshold',
  'premiumAdult', 'premiumChild', 'registrationLumpSum', 'registrationFee', 'generalAssemblyLumpSum', 'generalAssemblyFee',
  'maxInstallments', 'enrolmentDiscountPercent', 'enrolmentDiscountPeriod', 'renewalDiscountPercent', 'renewalDiscountPeriod',
  'ceilingType', 'ceilingInterpretation', 'deductible', 'ceiling', 'extraMemberCeiling', 'maxPolicyCeiling', 'categoryLimits',
  'relativePrices', 'capitation', 'accountCodes', 'itemLines', 'serviceLines',
];

/** Every contract field of a product, read off the entity (or a history record's data). */
export function productFieldsOf(source: ProductFields | Record<string, unknown>): ProductFields {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, (source as Record<string, unknown>)[name] ?? null])) as unknown as ProductFields;
}

/** The state carried by `created`/`updated` events: every field with all lines. */
export function productState(product: Product): ProductState {
  return { id: product.id, ...productFieldsOf(product), version: product.version };
}

export function productView(product: Product): ProductView {
  return { ...productState(product), validFrom: product.validFrom.toISOString(), changedBy: product.changedBy, deleted: product.isDeleted };
}
