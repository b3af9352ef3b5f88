import type { DomainError } from '@imis/kernel';

/** Refusals of payment commands and of gateway notifications (payload `errors`, callback `code`). */
export const paymentErrors = {
  notFound: (field = 'paymentId'): DomainError => ({ code: 'PAYMENT_NOT_FOUND', message: 'No such payment', field }),
  notAnIntent: (status: string): DomainError => ({ code: 'PAYMENT_NOT_AN_INTENT', message: `A control number is requested for a valid intent, not a payment ${status}`, field: 'paymentId' }),
  detailsMissing: (): DomainError => ({ code: 'PAYMENT_DETAILS_MISSING', message: 'Give at least one detail (at most 100)', field: 'details' }),
  amountInvalid: (field: string): DomainError => ({ code: 'PAYMENT_AMOUNT_INVALID', message: 'An amount is a non-negative decimal with at most two fraction digits', field }),
  fieldTooLong: (field: string, max: number): DomainError => ({ code: 'PAYMENT_FIELD_TOO_LONG', message: `At most ${max} characters`, field }),
  dateInvalid: (field: string): DomainError => ({ code: 'PAYMENT_DATE_INVALID', message: 'A calendar date, not in the future', field }),
  controlNumberUnknown: (): DomainError => ({ code: 'CONTROL_NUMBER_UNKNOWN', message: 'No intent holds this control number', field: 'controlNumber' }),
  controlNumberDuplicate: (): DomainError => ({ code: 'CONTROL_NUMBER_DUPLICATE', message: 'This control number is already assigned to another payment', field: 'controlNumber' }),
  amountMismatch: (expected: string): DomainError => ({ code: 'PAYMENT_AMOUNT_MISMATCH', message: `The amount differs from the expected ${expected}`, field: 'amount' }),
  duplicate: (): DomainError => ({ code: 'PAYMENT_DUPLICATE', message: 'This payment was already received', field: 'transactionNo' }),
  gatewayRefused: (reason: string): DomainError => ({ code: 'PAYMENT_GATEWAY_REFUSED', message: `The payment gateway refused the request: ${reason}`.slice(0, 255) }),
  gatewayUnavailable: (): DomainError => ({ code: 'PAYMENT_GATEWAY_UNAVAILABLE', message: 'The payment gateway did not answer; ask again later' }),
};
