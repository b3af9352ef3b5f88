import { collect, isCalendarDate, type DomainError, type Result } from '@imis/kernel';
import { boundedText, isIntegerBetween, nonNegativeMoney } from './field-rules';
import {
  ACCOUNT_CODE_MAX_LENGTH,
  CAPITATION_LEVELS,
  CAPITATION_SUB_LEVELS,
  CATEGORIES,
  MAX_MONTHS,
  MONEY_FIELDS,
  PERIOD_FIELDS,
  PRODUCT_CODE_MAX_LENGTH,
  PRODUCT_NAME_MAX_LENGTH,
  SHARE_WEIGHTS,
  SPLIT_AMOUNTS,
  type Capitation,
  type ProductFields,
  type SplitAmount,
} from './product-codes';
import { productErrors } from './product.errors';
import { relativePriceErrors } from './relative-prices';
import { startCycleErrors } from './start-cycles';

/** The fields of a product without its lines (checked against the catalogue apart), as validated here. */
export type ProductOwnFields = Omit<ProductFields, 'itemLines' | 'serviceLines'>;

/** A product's own fields as sent or merged: any may be missing or null until validated. */
export type ProductFieldsCandidate = { [K in keyof ProductOwnFields]?: ProductOwnFields[K] | null };

const NO_AMOUNT: SplitAmount = { general: null, inPatient: null, outPatient: null };
const NO_LIMIT = { maxCount: null, maxAmount: null };

/** What a new product has unless sent: free enrolment, no price, no limits, ceilings per insuree, by claim type. */
export const PRODUCT_DEFAULTS: Omit<ProductOwnFields, 'code' | 'name' | 'dateFrom' | 'dateTo' | 'insurancePeriod' | 'memberCount'> = {
  locationId: null,
  conversionProductId: null,
  administrationPeriod: 0,
  gracePeriodEnrolment: 0,
  gracePeriodRenewal: 0,
  gracePeriodPayment: 0,
  startCycles: [],
  lumpSum: '0.00',
  threshold: 0,
  premiumAdult: '0.00',
  premiumChild: '0.00',
  registrationLumpSum: '0.00',
  registrationFee: '0.00',
  generalAssemblyLumpSum: '0.00',
  generalAssemblyFee: '0.00',
  maxInstallments: 0,
  enrolmentDiscountPercent: 0,
  enrolmentDiscountPeriod: 0,
  renewalDiscountPercent: 0,
  renewalDiscountPeriod: 0,
  ceilingType: 'I',
  ceilingInterpretation: 'I',
  deductible: NO_AMOUNT,
  ceiling: NO_AMOUNT,
  extraMemberCeiling: NO_AMOUNT,
  maxPolicyCeiling: NO_AMOUNT,
  categoryLimits: {
    consultation: NO_LIMIT,
    surgery: NO_LIMIT,
    delivery: NO_LIMIT,
    hospitalization: NO_LIMIT,
    visit: NO_LIMIT,
    antenatal: NO_LIMIT,
  },
  relativePrices: { period: null, periodInPatient: null, periodOutPatient: null, distribution: [] },
  capitation: null,
  accountCodes: { contribution: null, remuneration: null },
};

/** The candidate with the fields sent (`undefined`: not sent) laid over `base` (defaults, or the current product). */
export function mergeFields(base: ProductFieldsCandidate, sent: ProductFieldsCandidate): ProductFieldsCandidate {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(sent)) if (value !== undefined) merged[key] = value;
  return merged as ProductFieldsCandidate;
}

/**
 * Validates every own field of a product for range and consistency and gives them in canonical form
 * (trimmed texts, money "12.50"). Each refusal names its field path (`deductible.inPatient`,
 * `categoryLimits.surgery.maxAmount`, `startCycles.2`).
 */
export function checkProductFields(candidate: ProductFieldsCandidate): Result<ProductOwnFields> {
  const c = { ...PRODUCT_DEFAULTS, ...withoutNulls(candidate) } as ProductFieldsCandidate;
  const errors: DomainError[] = [];
  const code = boundedText(c.code, PRODUCT_CODE_MAX_LENGTH);
  const name = boundedText(c.name, PRODUCT_NAME_MAX_LENGTH);
  if (code === null) errors.push(productErrors.codeInvalid());
  if (name === null) errors.push(productErrors.nameInvalid());
  errors.push(...saleWindowErrors(c.dateFrom, c.dateTo));
  if (!isIntegerBetween(c.insurancePeriod, 1, MAX_MONTHS)) errors.push(productErrors.insurancePeriodInvalid());
  for (const field of PERIOD_FIELDS) if (!isIntegerBetween(c[field], 0, MAX_MONTHS)) errors.push(productErrors.periodInvalid(field));
  errors.push(...startCycleErrors(c.startCycles ?? []));
  const memberCountOk = isIntegerBetween(c.memberCount, 1, Number.MAX_SAFE_INTEGER);
  if (!memberCountOk) errors.push(productErrors.memberCountInvalid());
  if (!isIntegerBetween(c.threshold, 0, memberCountOk ? c.memberCount! : Number.MAX_SAFE_INTEGER)) errors.push(productErrors.thresholdInvalid());
  const money: Record<string, string | null> = {};
  for (const field of MONEY_FIELDS) {
    money[field] = nonNegativeMoney(c[field]);
    if (money[field] === null) errors.push(productErrors.amountInvalid(field));
  }
  if (!isIntegerBetween(c.maxInstallments, 0, Number.MAX_SAFE_INTEGER)) errors.push(productErrors.countInvalid('maxInstallments'));
  errors.push(...discountErrors(c, 'enrolment'), ...discountErrors(c, 'renewal'));
  const splits = Object.fromEntries(SPLIT_AMOUNTS.map((field) => [field, splitAmount(c[field]!, field, errors)]));
  const categoryLimits = Object.fromEntries(
    CATEGORIES.map((category) => {
      const limit = c.categoryLimits![category];
      const field = `categoryLimits.${category}`;
      if (limit.maxCount !== null && !isIntegerBetween(limit.maxCount, 0, Number.MAX_SAFE_INTEGER)) errors.push(productErrors.countInvalid(`${field}.maxCount`));
      return [category, { maxCount: limit.maxCount, maxAmount: optionalMoney(limit.maxAmount, `${field}.maxAmount`, errors) }];
    }),
  ) as ProductOwnFields['categoryLimits'];
  errors.push(...relativePriceErrors(c.relativePrices!));
  if (c.capitation) errors.push(...capitationErrors(c.capitation));
  const accountCodes = {
    contribution: accountCode(c.accountCodes!.contribution, 'accountCodes.contribution', errors),
    remuneration: accountCode(c.accountCodes!.remuneration, 'accountCodes.remuneration', errors),
  };
  return collect(errors, () => ({
    ...(c as ProductOwnFields),
    code: code!,
    name: name!,
    ...(money as Record<(typeof MONEY_FIELDS)[number], string>),
    ...(splits as Pick<ProductOwnFields, (typeof SPLIT_AMOUNTS)[number]>),
    categoryLimits,
    accountCodes,
  }));
}

function withoutNulls(candidate: ProductFieldsCandidate): ProductFieldsCandidate {
  // A null of a nullable field (locationId, conversionProductId, capitation) is a value; of the others, "absent".
  const nullable = new Set(['locationId', 'conversionProductId', 'capitation']);
  return Object.fromEntries(Object.entries(candidate).filter(([key, value]) => value !== undefined && (value !== null || nullable.has(key))));
}

function saleWindowErrors(dateFrom: string | null | undefined, dateTo: string | null | undefined): DomainError[] {
  const fromOk = typeof dateFrom === 'string' && isCalendarDate(dateFrom);
  const toOk = typeof dateTo === 'string' && isCalendarDate(dateTo);
  const errors: DomainError[] = [];
  if (!fromOk) errors.push(productErrors.dateInvalid('dateFrom'));
  if (!toOk) errors.push(productErrors.dateInvalid('dateTo'));
  if (fromOk && toOk && dateTo! < dateFrom!) errors.push(productErrors.saleWindowInvalid());
  return errors;
}

function discountErrors(c: ProductFieldsCandidate, kind: 'enrolment' | 'renewal'): DomainError[] {
  const percentField = `${kind}DiscountPercent` as const;
  const periodField = `${kind}DiscountPeriod` as const;
  const percent = c[percentField];
  const period = c[periodField];
  const errors: DomainError[] = [];
  if (!isIntegerBetween(percent, 0, 100)) errors.push(productErrors.percentInvalid(percentField));
  if (!isIntegerBetween(period, 0, MAX_MONTHS)) errors.push(productErrors.periodInvalid(periodField));
  if (errors.length === 0 && (percent === 0) !== (period === 0)) errors.push(productErrors.discountIncomplete(percent === 0 ? percentField : periodField));
  return errors;
}

function optionalMoney(value: string | null, field: string, errors: DomainError[]): string | null {
  if (value === null) return null;
  const amount = nonNegativeMoney(value);
  if (amount === null) errors.push(productErrors.amountInvalid(field));
  return amount;
}

function splitAmount(amount: SplitAmount, field: string, errors: DomainError[]): SplitAmount {
  return {
    general: optionalMoney(amount.general, `${field}.general`, errors),
    inPatient: optionalMoney(amount.inPatient, `${field}.inPatient`, errors),
    outPatient: optionalMoney(amount.outPatient, `${field}.outPatient`, errors),
  };
}

function capitationErrors(capitation: Capitation): DomainError[] {
  const errors: DomainError[] = [];
  if (capitation.levels.length > 4) errors.push(productErrors.capitationLevelInvalid('capitation.levels'));
  const seen = new Set<string>();
  capitation.levels.forEach((level, index) => {
    const key = `${level.level}/${level.subLevel ?? ''}`;
    const valid =
      (CAPITATION_LEVELS as readonly string[]).includes(level.level) &&
      (level.subLevel === null || (CAPITATION_SUB_LEVELS as readonly string[]).includes(level.subLevel));
    if (!valid || seen.has(key)) errors.push(productErrors.capitationLevelInvalid(`capitation.levels.${index}`));
    seen.add(key);
  });
  for (const weight of SHARE_WEIGHTS) {
    if (!isIntegerBetween(capitation.shareWeights[weight], 0, 100)) errors.push(productErrors.percentInvalid(`capitation.shareWeights.${weight}`));
  }
  return errors;
}

function accountCode(value: string | null, field: string, errors: DomainError[]): string | null {
  if (value === null || value.trim() === '') return null;
  const code = boundedText(value, ACCOUNT_CODE_MAX_LENGTH);
  if (code === null) errors.push(productErrors.accountCodeInvalid(field));
  return code;
}
