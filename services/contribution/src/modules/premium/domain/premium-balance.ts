import { addDays, addMonths, centsToMoney, moneyToCents } from '@imis/kernel';

/** What the user asks of the policy when saving a premium (§4 "On each save"). */
export const PREMIUM_ACTIONS = ['PAY', 'ENFORCE', 'SUSPEND', 'WAIT'] as const;
export type PremiumAction = (typeof PREMIUM_ACTIONS)[number];

export const PREMIUM_WARNING_CODES = ['UNDERPAID', 'OVERPAID', 'INSTALLMENTS_REACHED', 'PAST_LAST_PAYMENT_DATE', 'ACTION_IN_POLICY_SERVICE'] as const;
export type PremiumWarningCode = (typeof PREMIUM_WARNING_CODES)[number];

export interface PremiumWarning {
  code: PremiumWarningCode;
  message: string;
}

/** The policy as this service knows it (policy projection), with its product's payment terms. */
export interface PolicyTerms {
  value: string;
  stage: 'N' | 'R';
  enrolDate: string;
  startDate: string;
  /** Product: months after the enrolment (new) or the start (renewal) to pay in full; 0: no limit. */
  gracePeriodPayment: number;
  /** Product: at most this many non-photo premiums; 0: unlimited. */
  maxInstallments: number;
}

export interface PremiumSave {
  amount: string;
  payDate: string;
  isPhotoFee: boolean;
  action: PremiumAction;
  /** Σ of the policy’s other current non-photo premiums (this one left out when edited). */
  otherPaid: string;
  /** Current non-photo premiums of the policy once this one is saved. */
  installments: number;
}

export interface PremiumDecision {
  /** value − Σ other non-photo premiums, before this one. */
  balance: string;
  warnings: PremiumWarning[];
}

/**
 * The last date to pay in full: the enrolment (new) or the start (renewal) + the product’s payment grace
 * months − 1 day. The projection holds no start cycles, so the cycle rule (start + grace − 1) is approximated
 * by the free-enrolment one; no grace (0) means no last date.
 */
export function lastPaymentDate(terms: Pick<PolicyTerms, 'stage' | 'enrolDate' | 'startDate' | 'gracePeriodPayment'>): string | null {
  if (terms.gracePeriodPayment <= 0) return null;
  return addDays(addMonths(terms.stage === 'N' ? terms.enrolDate : terms.startDate, terms.gracePeriodPayment), -1);
}

/**
 * §4 "On each save": balance = value − Σ other non-photo premiums; an amount below it warns UNDERPAID (unless
 * enforced), with the installment count reached or the last date for payment passed as further reasons;
 * above it warns OVERPAID. A photo fee is outside every sum: no warning. The policy service owns the status:
 * SUSPEND and ENFORCE are not applied here and say so (ACTION_IN_POLICY_SERVICE).
 */
export function decidePremium(terms: PolicyTerms, save: PremiumSave): PremiumDecision {
  const balanceCents = moneyToCents(terms.value) - moneyToCents(save.otherPaid);
  const balance = centsToMoney(balanceCents);
  const warnings: PremiumWarning[] = [];
  if (!save.isPhotoFee) {
    const amount = moneyToCents(save.amount);
    if (amount < balanceCents) {
      if (save.action !== 'ENFORCE') warnings.push({ code: 'UNDERPAID', message: `The amount is below the balance ${balance}: the policy is not paid in full` });
      if (terms.maxInstallments > 0 && save.installments >= terms.maxInstallments) {
        warnings.push({ code: 'INSTALLMENTS_REACHED', message: `The product allows ${terms.maxInstallments} installments; this one reaches them and the policy is still not paid in full` });
      }
      const lastDate = lastPaymentDate(terms);
      if (lastDate !== null && save.payDate > lastDate) {
        warnings.push({ code: 'PAST_LAST_PAYMENT_DATE', message: `Paid after the last date for payment ${lastDate} and the policy is still not paid in full` });
      }
    } else if (amount > balanceCents) {
      warnings.push({ code: 'OVERPAID', message: `The amount is above the balance ${balance}` });
    }
  }
  if (save.action === 'SUSPEND') {
    warnings.push({ code: 'ACTION_IN_POLICY_SERVICE', message: 'The premium was recorded; suspending the policy is the policy service’s suspendPolicy mutation' });
  }
  if (save.action === 'ENFORCE') {
    warnings.push({ code: 'ACTION_IN_POLICY_SERVICE', message: 'The premium was recorded; the policy service activates a policy once its paid total reaches its value, it does not enforce an under-paid one' });
  }
  return { balance, warnings };
}
