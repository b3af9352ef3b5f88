import { laterDate, moneyToCents } from '@imis/kernel';

/** What a paid policy becomes (config POLICY_ACTIVATION_OPTION): Active, or Ready until a matched payment. */
export type ActivationOption = 'contribution' | 'ready';

export type ContributionWarningCode = 'OVERPAID' | 'UNDERPAID';

export interface ContributionWarning {
  readonly code: ContributionWarningCode;
  readonly message: string;
}

/** The policy as the decision reads it; money strings, dates "YYYY-MM-DD". */
export interface PaidPolicy {
  readonly status: 'IDLE' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'READY';
  readonly value: string;
  readonly startDate: string;
  /** Set once the policy was activated (or made Ready). */
  readonly effectiveDate: string | null;
  readonly underpaid: boolean;
}

/**
 * What recording a new paid total does to a policy:
 * - activate: an Idle policy paid in full becomes Active (or Ready), effective from max(pay date, start),
 *   and so do its members not yet covered;
 * - coverPending: an activated policy still paid in full covers members who joined since (effective null);
 * - flagUnderpaid: an activated policy whose paid total fell below its value keeps its status, flagged;
 * - none: nothing but the paid total changes (an Idle policy still short of its value, a suspended one…).
 * `underpaid` is the flag the policy ends with.
 */
export type ActivationDecision =
  | { readonly kind: 'activate'; readonly status: 'ACTIVE' | 'READY'; readonly effectiveDate: string; readonly underpaid: false; readonly warnings: ContributionWarning[] }
  | { readonly kind: 'coverPending'; readonly effectiveDate: string; readonly underpaid: false; readonly warnings: ContributionWarning[] }
  | { readonly kind: 'flagUnderpaid'; readonly underpaid: true; readonly warnings: ContributionWarning[] }
  | { readonly kind: 'none'; readonly underpaid: boolean; readonly warnings: ContributionWarning[] };

/** Statuses of a policy that was activated: reaching or losing its value changes coverage, not status. */
const ACTIVATED: readonly PaidPolicy['status'][] = ['ACTIVE', 'READY'];

/**
 * Decides from the policy, its new paid total (photo fees excluded) and the last contribution's pay date.
 * No pay date (every premium reversed) activates and covers nothing: it can only flag an activated policy.
 */
export function decideActivation(policy: PaidPolicy, paidTotal: string, lastPayDate: string | null, option: ActivationOption): ActivationDecision {
  const paid = moneyToCents(paidTotal);
  const value = moneyToCents(policy.value);
  const effectiveDate = lastPayDate === null ? null : laterDate(lastPayDate, policy.startDate);
  const overpaid: ContributionWarning[] =
    paid > value ? [{ code: 'OVERPAID', message: `contributions ${paidTotal} exceed the policy value ${policy.value}` }] : [];
  if (policy.status === 'IDLE') {
    if (paid < value || effectiveDate === null) return { kind: 'none', underpaid: false, warnings: [] };
    return { kind: 'activate', status: option === 'ready' ? 'READY' : 'ACTIVE', effectiveDate, underpaid: false, warnings: overpaid };
  }
  if (policy.effectiveDate === null) return { kind: 'none', underpaid: policy.underpaid, warnings: [] };
  if (paid < value) {
    return { kind: 'flagUnderpaid', underpaid: true, warnings: [{ code: 'UNDERPAID', message: `contributions ${paidTotal} are below the policy value ${policy.value}` }] };
  }
  if (ACTIVATED.includes(policy.status) && effectiveDate !== null) return { kind: 'coverPending', effectiveDate, underpaid: false, warnings: overpaid };
  return { kind: 'none', underpaid: false, warnings: overpaid };
}
