import { type DomainError, isCalendarDate, isMoney, moneyToCents, normalizeMoney, ok, refused, type Result } from '@imis/kernel';
import { premiumErrors } from './premium.errors';

export const RECEIPT_MAX_LENGTH = 50;
export const SOURCE_MAX_LENGTH = 50;
export const PAY_TYPES = ['C', 'B', 'M', 'F'] as const;
export type PayType = (typeof PAY_TYPES)[number];

/** What a user (or a matched payment) sends for a premium. */
export interface PremiumInput {
  amount: string;
  receipt: string;
  payDate: string;
  payType: PayType;
  isPhotoFee: boolean;
  isOffline: boolean;
  source: string | null;
}

/** A premium's fields as kept: amount normalised, receipt and source trimmed. */
export type PremiumFields = PremiumInput;

/** How premiums reach the rules: by a user (type F refused) or by the system (a funding may use F). */
export type PremiumOrigin = 'user' | 'system';

/**
 * The field rules of §4: a positive amount of money, a receipt (≤ 50), a pay date not after today, pay type F
 * only from a funding. Every failing field is reported at once.
 */
export function premiumFields(input: PremiumInput, today: string, origin: PremiumOrigin = 'user'): Result<PremiumFields> {
  const receipt = input.receipt.trim();
  const source = input.source?.trim() || null;
  const errors: DomainError[] = [];
  if (!isMoney(input.amount) || moneyToCents(input.amount) <= 0) errors.push(premiumErrors.amountInvalid());
  if (receipt.length === 0 || receipt.length > RECEIPT_MAX_LENGTH) errors.push(premiumErrors.receiptInvalid(RECEIPT_MAX_LENGTH));
  const date = payDate(input.payDate, today);
  if (!date.ok) errors.push(...date.errors);
  if (input.payType === 'F' && origin === 'user') errors.push(premiumErrors.payTypeReserved());
  if (source && source.length > SOURCE_MAX_LENGTH) errors.push(premiumErrors.sourceInvalid(SOURCE_MAX_LENGTH));
  if (errors.length > 0) return refused(...errors);
  return ok({ ...input, amount: normalizeMoney(input.amount), receipt, source });
}

/** A pay date: a calendar date, not after today. */
export function payDate(value: string, today: string): Result<string> {
  if (!isCalendarDate(value)) return refused(premiumErrors.payDateInvalid());
  return value > today ? refused(premiumErrors.payDateInFuture()) : ok(value);
}

/** Not before the enrolment date of the policy it pays (when this service knows the policy). */
export function payDateFitsPolicy(value: string, enrolDate: string | null): Result<string> {
  return enrolDate !== null && value < enrolDate ? refused(premiumErrors.payDateBeforeEnrolment(enrolDate)) : ok(value);
}
