import type { DomainError } from '@imis/kernel';

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Refusals of RecordPolicyContributions (documented in the service README). */
export const activationErrors = {
  policyNotFound: () => error('POLICY_NOT_FOUND', 'No current policy has this id', 'policyId'),
  paidTotalInvalid: () => error('POLICY_PAID_TOTAL_INVALID', 'The paid total is money: zero or more, at most two decimals', 'paidTotal'),
  payDateInvalid: () => error('POLICY_PAY_DATE_INVALID', 'The last pay date is a calendar date YYYY-MM-DD', 'lastPayDate'),
};
