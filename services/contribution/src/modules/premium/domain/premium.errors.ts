import type { DomainError } from '@imis/kernel';

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Every refusal of premium (contribution) commands, with its stable code (service README) and the field at fault. */
export const premiumErrors = {
  policyNotFound: (field = 'policyId') => error('POLICY_NOT_FOUND', 'No current policy of a family in your data scope has this id', field),
  notFound: () => error('CONTRIBUTION_NOT_FOUND', 'No current contribution of a policy in your data scope has this id', 'id'),
  payerNotFound: () => error('PAYER_NOT_FOUND', 'No current payer you may see has this id', 'payerId'),
  amountInvalid: () => error('CONTRIBUTION_AMOUNT_INVALID', 'The amount must be money (at most two decimals) above zero', 'amount'),
  receiptInvalid: (max: number) => error('RECEIPT_INVALID', `The receipt is required and has at most ${max} characters`, 'receipt'),
  receiptTaken: () => error('RECEIPT_TAKEN', 'A current contribution to a policy of the same product already has this receipt', 'receipt'),
  payDateInvalid: () => error('PAY_DATE_INVALID', 'A calendar date YYYY-MM-DD is required', 'payDate'),
  payDateInFuture: () => error('PAY_DATE_IN_FUTURE', 'The pay date must not be after today', 'payDate'),
  payDateBeforeEnrolment: (enrolDate: string) => error('PAY_DATE_BEFORE_ENROLMENT', `The pay date must not be before the policy’s enrolment date ${enrolDate}`, 'payDate'),
  payTypeReserved: () => error('PAY_TYPE_RESERVED', 'Pay type F (funding) is recorded by fundProduct only', 'payType'),
  sourceInvalid: (max: number) => error('CONTRIBUTION_SOURCE_INVALID', `The source has at most ${max} characters`, 'source'),
  fundingFixed: () => error('CONTRIBUTION_FUNDING_FIXED', 'A funding contribution (type F) is not changed or deleted here', 'id'),
};
