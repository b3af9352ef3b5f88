import { addDays, addMonths, centsToMoney, moneyToCents } from '@imis/kernel';
import { countMembers, memberTotal } from './policy-members';
import type { PolicyValueContext, PolicyValueResult, PolicyValueRule, PolicyValueWarning } from './policy-value-rule';
import { hasCycles, type PolicyValueProduct } from './policy-value-product';

export const LEGACY_FORMULA = 'legacy-formula';

/**
 * openIMIS's product formula (domain §2 steps 1–8, as its Python code computes it, with the project's
 * decisions): others are outside the lump sum, extras above the threshold are counted once, the general
 * assembly is charged at every stage and registration only on a new enrolment, and a discount applies to the
 * whole value. All arithmetic in integer cents.
 */
export class LegacyFormulaPolicyValue implements PolicyValueRule {
  readonly name = LEGACY_FORMULA;

  value(context: PolicyValueContext): PolicyValueResult {
    const { product } = context;
    const { counted, uncounted } = countMembers(context.members, product.memberCount, context.enrolDate, context.ageOfMajority);
    const adults = counted.adults.length;
    const children = counted.children.length;
    const members = memberTotal(counted);
    const cents = (money: string) => moneyToCents(money);
    const [lumpSum, premiumAdult, premiumChild] = [cents(product.lumpSum), cents(product.premiumAdult), cents(product.premiumChild)];

    const { extraAdults, extraChildren } = extras(product.threshold, adults, children);
    const insideLumpSum = lumpSum > 0 ? lumpSum + extraAdults * premiumAdult + extraChildren * premiumChild : adults * premiumAdult + children * premiumChild;
    const contribution = insideLumpSum + counted.otherAdults.length * premiumAdult + counted.otherChildren.length * premiumChild;
    const generalAssembly = lumpSumOrFee(cents(product.generalAssemblyLumpSum), cents(product.generalAssemblyFee), members);
    const registration = context.stage === 'N' ? lumpSumOrFee(cents(product.registrationLumpSum), cents(product.registrationFee), members) : 0;
    const beforeDiscount = contribution + generalAssembly + registration;
    const discount = discountCents(beforeDiscount, discountPercent(product, context));

    const warnings: PolicyValueWarning[] = uncounted.length
      ? [
          {
            code: 'MEMBER_CAP_EXCEEDED',
            message: `The family has ${members + uncounted.length} members; the product counts at most ${product.memberCount}: ${uncounted.length} left out.`,
            memberIds: uncounted,
          },
        ]
      : [];
    return {
      value: centsToMoney(beforeDiscount - discount),
      breakdown: { contribution: centsToMoney(contribution), generalAssembly: centsToMoney(generalAssembly), registration: centsToMoney(registration), discount: centsToMoney(discount) },
      warnings,
    };
  }
}

/** Members above the threshold pay their own premium on top of the lump sum; children fill what adults leave. */
function extras(threshold: number, adults: number, children: number): { extraAdults: number; extraChildren: number } {
  if (threshold <= 0) return { extraAdults: 0, extraChildren: 0 };
  const extraAdults = Math.max(0, adults - threshold);
  return { extraAdults, extraChildren: Math.max(0, children - (threshold - (adults - extraAdults))) };
}

function lumpSumOrFee(lumpSum: number, fee: number, members: number): number {
  return lumpSum > 0 ? lumpSum : members * fee;
}

/**
 * The discount % that applies, or 0. New enrolment: only on products with cycles, when enrolled at least
 * the discount period before the start. Renewal: when renewed at least the period before the day after the
 * previous expiry. Both % and period must be set.
 */
function discountPercent(product: PolicyValueProduct, context: PolicyValueContext): number {
  if (context.stage === 'N') {
    const { enrolmentDiscountPercent: percent, enrolmentDiscountPeriod: period } = product;
    if (!hasCycles(product) || percent <= 0 || period <= 0) return 0;
    return context.enrolDate <= addMonths(context.startDate, -period) ? percent : 0;
  }
  const { renewalDiscountPercent: percent, renewalDiscountPeriod: period } = product;
  if (percent <= 0 || period <= 0 || context.previousExpiry === null) return 0;
  return context.enrolDate <= addMonths(addDays(context.previousExpiry, 1), -period) ? percent : 0;
}

/** value × % / 100, rounded half up to the cent (in BigInt: cents × 100 may pass 2^53). */
function discountCents(valueCents: number, percent: number): number {
  if (percent <= 0 || valueCents <= 0) return 0;
  return Number((BigInt(valueCents) * BigInt(percent) * 2n + 100n) / 200n);
}
