import { addMonths, ageOn, moneyToCents } from '@imis/kernel';

/** A claim category of the product's per-category limits. */
export type ClaimCategory = 'consultation' | 'surgery' | 'delivery' | 'hospitalization' | 'visit' | 'antenatal';

/** The category whose limits an OK service must have left (§3: services of category S, C or D). */
export const LIMITED_SERVICE_CATEGORIES: Partial<Record<string, ClaimCategory>> = { S: 'surgery', C: 'consultation', D: 'delivery' };

/** The product line's part the enquiry reads. */
export interface EnquiryLine {
  readonly waitingPeriodAdult: number;
  readonly waitingPeriodChild: number;
  /** 0 = unlimited. */
  readonly limitCountAdult: number;
  readonly limitCountChild: number;
}

/** One of the member's Active policies whose product covers the item or service. */
export interface CoveringPolicy {
  readonly effectiveDate: string;
  readonly line: EnquiryLine;
  /** Claims of the line's category left (null: unlimited) and the category's amount per claim (null: none set). */
  readonly categoryCountLeft: number | null;
  readonly categoryAmount: string | null;
  /** Quantity of the line the member's claims used on this policy. */
  readonly used: number;
}

export interface LineEnquiry {
  /** Whether an Active policy of the member covers it. */
  readonly covered: boolean;
  /** First day it is covered: effective date + waiting period (adult or child on the target date). */
  readonly minDate: string | null;
  /** Quantity left (null: unlimited). */
  readonly left: number | null;
  readonly isOk: boolean;
}

export interface LineEnquiryContext {
  readonly targetDate: string;
  readonly birthDate: string;
  readonly ageOfMajority: number;
}

const NOT_COVERED: LineEnquiry = { covered: false, minDate: null, left: 0, isOk: false };

/**
 * §3 item/service enquiry across the covering policies: the smallest minDate on or before the target date
 * (else the smallest), the largest quantity left (unlimited when a policy already in force has no limit);
 * OK when something is left and minDate has come, and for a service of a limited category (`limitedCategory`)
 * when that category has claims and amount left on a policy.
 */
export function enquireLine(policies: readonly CoveringPolicy[], context: LineEnquiryContext, limitedCategory = false): LineEnquiry {
  if (policies.length === 0) return NOT_COVERED;
  const adult = ageOn(context.birthDate, context.targetDate) >= context.ageOfMajority;
  const each = policies.map((policy) => {
    const minDate = addMonths(policy.effectiveDate, adult ? policy.line.waitingPeriodAdult : policy.line.waitingPeriodChild);
    const limit = adult ? policy.line.limitCountAdult : policy.line.limitCountChild;
    return { minDate, left: limit === 0 ? null : quantityLeft(limit, policy.used), policy };
  });
  // The smallest minDate on or before the target date, else the smallest: the smallest either way.
  const minDate = each.map((one) => one.minDate).sort()[0];
  const limited = each.filter((one) => one.left !== null);
  const unlimited = limited.length === 0 || each.some((one) => one.left === null && one.minDate <= context.targetDate);
  const left = unlimited ? null : Math.max(...limited.map((one) => one.left!));
  const categoryLeft =
    !limitedCategory || each.some(({ policy }) => policy.categoryCountLeft !== 0 && (policy.categoryAmount === null || moneyToCents(policy.categoryAmount) > 0));
  return { covered: true, minDate, left, isOk: left !== 0 && minDate <= context.targetDate && categoryLeft };
}

/** A limit count less the quantity used; a fractional quantity used takes a whole unit (left is a count). */
function quantityLeft(limit: number, used: number): number {
  return Math.max(0, Math.floor(limit - used));
}
