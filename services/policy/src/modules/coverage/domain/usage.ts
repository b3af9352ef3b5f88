import { centsToMoney, moneyToCents } from '@imis/kernel';
import type { ClaimCategory } from './line-enquiry';
import type { CeilingType, SplitAmount } from './remaining-amounts';

/** Amounts claims used on a policy (all members, or one), in- and out-patient; money strings. */
export interface UsageTotals {
  readonly remuneratedInPatient: string;
  readonly remuneratedOutPatient: string;
  readonly deductibleInPatient: string;
  readonly deductibleOutPatient: string;
}

/** What counts against a policy's ceilings (remunerated) and deductibles. */
export interface UsedAmounts {
  readonly remunerated: SplitAmount;
  readonly deductible: SplitAmount;
}

const split = (inPatient: string, outPatient: string): SplitAmount => ({
  general: centsToMoney(moneyToCents(inPatient) + moneyToCents(outPatient)),
  inPatient: centsToMoney(moneyToCents(inPatient)),
  outPatient: centsToMoney(moneyToCents(outPatient)),
});

/**
 * §3 remaining ceiling: an insuree ceiling counts the member's own claims on the policy, a policy ceiling the
 * whole family's, a treatment ceiling none (static per claim); a general amount counts in- and out-patient claims.
 */
export function usedAgainstLimits(ceilingType: CeilingType, member: UsageTotals | null, policy: UsageTotals | null): UsedAmounts {
  const totals = ceilingType === 'I' ? member : ceilingType === 'P' ? policy : null;
  if (totals === null) return { remunerated: split('0', '0'), deductible: split('0', '0') };
  return {
    remunerated: split(totals.remuneratedInPatient, totals.remuneratedOutPatient),
    deductible: split(totals.deductibleInPatient, totals.deductibleOutPatient),
  };
}

/** §3 per-category totals left: the product's maximum less the member's claims of the category (null: unlimited). */
export function countLeft(maxCount: number | null, claims: number): number | null {
  return maxCount === null ? null : Math.max(0, maxCount - claims);
}

/** The claim category letters (claims' `category`) of the product's per-category limits. */
const CATEGORY_LETTER: Readonly<Record<ClaimCategory, string>> = { consultation: 'C', surgery: 'S', delivery: 'D', hospitalization: 'H', visit: 'V', antenatal: 'A' };

/** The member's claims of a category on a policy, from its counts by category letter (null: none). */
export function claimsOf(counts: Readonly<Record<string, number>> | null, category: ClaimCategory): number {
  return counts?.[CATEGORY_LETTER[category]] ?? 0;
}
