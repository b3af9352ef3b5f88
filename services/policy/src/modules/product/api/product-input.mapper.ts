import type { ProductInput } from '../application/product-input';
import type { CategoryLimits, ProductLineFields, RelativePrices, SplitAmount } from '../domain/product-codes';
import { CATEGORIES } from '../domain/product-codes';
import type {
  ProductCapitationInput,
  ProductCategoryLimitsInput,
  ProductLineInput,
  ProductLineLimitInput,
  ProductRelativePricesInput,
  ProductSplitAmountInput,
} from './product-parts.inputs';
import type { CreateProductInput, UpdateProductInput } from './product.inputs';

type SentFields = Omit<UpdateProductInput, 'clientMutationId' | 'id' | 'version'> | Omit<CreateProductInput, 'clientMutationId'>;

/**
 * The product fields sent, as plain objects of the domain's full shapes (a missing optional member of a
 * group is null); a field not sent stays `undefined`, null stays null.
 */
export function toProductInput(sent: SentFields): ProductInput {
  const { deductible, ceiling, extraMemberCeiling, maxPolicyCeiling, categoryLimits, relativePrices, capitation, accountCodes, itemLines, serviceLines, ...scalars } = sent;
  return {
    ...(scalars as ProductInput),
    deductible: map(deductible, splitAmount),
    ceiling: map(ceiling, splitAmount),
    extraMemberCeiling: map(extraMemberCeiling, splitAmount),
    maxPolicyCeiling: map(maxPolicyCeiling, splitAmount),
    categoryLimits: map(categoryLimits, limits),
    relativePrices: map(relativePrices, relative),
    capitation: map(capitation, capitationOf),
    accountCodes: map(accountCodes, (codes) => ({ contribution: codes.contribution ?? null, remuneration: codes.remuneration ?? null })),
    itemLines: map(itemLines, (lines) => lines.map(line)),
    serviceLines: map(serviceLines, (lines) => lines.map(line)),
  };
}

function map<T, R>(value: T | null | undefined, convert: (value: T) => R): R | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : convert(value);
}

function splitAmount(amount: ProductSplitAmountInput): SplitAmount {
  return { general: amount.general ?? null, inPatient: amount.inPatient ?? null, outPatient: amount.outPatient ?? null };
}

function limits(input: ProductCategoryLimitsInput): CategoryLimits {
  return Object.fromEntries(
    CATEGORIES.map((category) => [category, { maxCount: input[category]?.maxCount ?? null, maxAmount: input[category]?.maxAmount ?? null }]),
  ) as CategoryLimits;
}

function relative(input: ProductRelativePricesInput): RelativePrices {
  return {
    period: (input.period ?? null) as RelativePrices['period'],
    periodInPatient: (input.periodInPatient ?? null) as RelativePrices['period'],
    periodOutPatient: (input.periodOutPatient ?? null) as RelativePrices['period'],
    distribution: (input.distribution ?? []).map((share) => ({ careType: share.careType, period: share.period, percent: share.percent }) as RelativePrices['distribution'][number]),
  };
}

function capitationOf(input: ProductCapitationInput) {
  const weights = input.shareWeights ?? {};
  return {
    levels: input.levels.map((level) => ({ level: level.level, subLevel: level.subLevel ?? null })),
    shareWeights: {
      population: weights.population ?? 0,
      families: weights.families ?? 0,
      insuredPopulation: weights.insuredPopulation ?? 0,
      insuredFamilies: weights.insuredFamilies ?? 0,
      visits: weights.visits ?? 0,
      adjustedAmount: weights.adjustedAmount ?? 0,
    },
  };
}

function lineLimit(limit: ProductLineLimitInput) {
  return { limitationType: limit.limitationType, adult: limit.adult, child: limit.child };
}

function line(input: ProductLineInput): ProductLineFields {
  return {
    itemId: input.itemId ?? null,
    serviceId: input.serviceId ?? null,
    priceOrigin: input.priceOrigin,
    limits: { normal: lineLimit(input.limits.normal), emergency: lineLimit(input.limits.emergency), referral: lineLimit(input.limits.referral) },
    waitingPeriodAdult: input.waitingPeriodAdult ?? 0,
    waitingPeriodChild: input.waitingPeriodChild ?? 0,
    limitCountAdult: input.limitCountAdult ?? 0,
    limitCountChild: input.limitCountChild ?? 0,
    ceilingExclusionAdult: input.ceilingExclusionAdult ?? null,
    ceilingExclusionChild: input.ceilingExclusionChild ?? null,
  } as ProductLineFields;
}
