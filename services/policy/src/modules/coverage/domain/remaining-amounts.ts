import { centsToMoney, moneyToCents } from '@imis/kernel';
import type { UsedAmounts } from './usage';

export type CeilingType = 'I' | 'T' | 'P';

/** Money strings or null (not set): a general amount, or in- and out-patient ones. */
export interface SplitAmount {
  readonly general: string | null;
  readonly inPatient: string | null;
  readonly outPatient: string | null;
}

/** What the remaining amounts of a policy read from its product and family. */
export interface CeilingProduct {
  readonly ceilingType: CeilingType;
  readonly deductible: SplitAmount;
  readonly ceiling: SplitAmount;
  readonly extraMemberCeiling: SplitAmount;
  readonly maxPolicyCeiling: SplitAmount;
  readonly threshold: number;
  readonly memberCount: number;
}

const NOTHING: SplitAmount = { general: '0', inPatient: '0', outPatient: '0' };

/** No claim used the policy yet. */
export const NO_USAGE: UsedAmounts = { remunerated: NOTHING, deductible: NOTHING };

export interface RemainingAmounts {
  readonly deductible: SplitAmount;
  readonly ceiling: SplitAmount;
}

const SPLIT = ['general', 'inPatient', 'outPatient'] as const;

/**
 * Deductibles and ceilings left (§3): the product's ceiling type alone selects them (decisions table);
 * a policy ceiling is raised per member above the threshold, capped by the policy maximum; a general amount
 * overrides the in/out-patient split (those are then null); remunerated amounts used are subtracted from the
 * ceiling and deductibles used from the deductible, clamped at 0. Treatment ceilings are per claim: never reduced.
 */
export function remainingAmounts(product: CeilingProduct, familySize: number, used: UsedAmounts = NO_USAGE): RemainingAmounts {
  const perClaim = product.ceilingType === 'T';
  const ceiling = raisedCeiling(product, familySize);
  return {
    deductible: left(product.deductible, perClaim ? NOTHING : used.deductible),
    ceiling: left(ceiling, perClaim ? NOTHING : used.remunerated),
  };
}

function raisedCeiling(product: CeilingProduct, familySize: number): SplitAmount {
  if (product.ceilingType !== 'P') return product.ceiling;
  const extraMembers = Math.max(0, Math.min(familySize, product.memberCount) - product.threshold);
  const raise = (key: (typeof SPLIT)[number]): string | null => {
    const base = product.ceiling[key];
    if (base === null) return null;
    const extra = product.extraMemberCeiling[key];
    let cents = moneyToCents(base) + (extra === null ? 0 : extraMembers * moneyToCents(extra));
    const cap = product.maxPolicyCeiling[key];
    if (cap !== null && moneyToCents(cap) > 0) cents = Math.min(cents, moneyToCents(cap));
    return centsToMoney(cents);
  };
  return { general: raise('general'), inPatient: raise('inPatient'), outPatient: raise('outPatient') };
}

function left(amount: SplitAmount, used: SplitAmount): SplitAmount {
  const one = (key: (typeof SPLIT)[number]) => {
    const value = amount[key];
    return value === null ? null : centsToMoney(Math.max(0, moneyToCents(value) - moneyToCents(used[key] ?? '0')));
  };
  if (amount.general !== null) return { general: one('general'), inPatient: null, outPatient: null };
  return { general: null, inPatient: one('inPatient'), outPatient: one('outPatient') };
}
