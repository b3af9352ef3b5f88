import { isCalendarDate, isMoney, type DomainError } from '@imis/kernel';
import { paymentErrors } from '../domain/payment.errors';

export const MAX_DETAILS = 100;

/** Length checks of optional texts: one error per field too long. */
export function lengthErrors(fields: Record<string, [string | null | undefined, number]>): DomainError[] {
  return Object.entries(fields)
    .filter(([, [value, max]]) => value !== null && value !== undefined && value.length > max)
    .map(([field, [, max]]) => paymentErrors.fieldTooLong(field, max));
}

export function moneyError(value: string | null | undefined, field: string): DomainError[] {
  return value === null || value === undefined || (isMoney(value) && !value.startsWith('-')) ? [] : [paymentErrors.amountInvalid(field)];
}

export function pastDateError(value: string, today: string, field: string): DomainError[] {
  return isCalendarDate(value) && value <= today ? [] : [paymentErrors.dateInvalid(field)];
}

export const blankToNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value.trim());
